package io.github.pomeriumlint.maven;

import io.github.pomeriumlint.report.JsonRenderer;
import io.github.pomeriumlint.report.Renderer;
import io.github.pomeriumlint.report.SarifRenderer;
import io.github.pomeriumlint.report.TextRenderer;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of the report file ({@code outputFormat}), each with its renderer and file extension. */
enum ReportFormat {
  SARIF("sarif"),
  JSON("json"),
  TEXT("txt");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** @param sourceRoot the folder that file names in findings are relative to */
  Renderer renderer(Path sourceRoot) {
    return switch (this) {
      case SARIF -> new SarifRenderer(sourceRoot, RuleRegistry.catalogue());
      case JSON -> new JsonRenderer();
      case TEXT -> new TextRenderer(false);
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
