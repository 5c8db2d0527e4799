package io.github.pomeriumlint.maven;

import io.github.pomeriumlint.report.JsonRenderer;
import io.github.pomeriumlint.report.Renderer;
import io.github.pomeriumlint.report.TextRenderer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of the report file ({@code outputFormat}), each with its renderer and file extension. */
enum ReportFormat {
  TEXT("txt"),
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  Renderer renderer() {
    return switch (this) {
      case TEXT -> new TextRenderer(false);
      case JSON -> new JsonRenderer();
    };
  }

  /** The report file's name when {@code outputFile} is not set. */
  String defaultFileName() {
    return "pomerium-lint." + extension;
  }

  static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("outputFormat must be one of " + names() + ", not '" + text + "'");
  }

  static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
