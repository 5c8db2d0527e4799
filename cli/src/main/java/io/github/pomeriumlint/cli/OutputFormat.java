package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.JsonRenderer;
import io.github.pomeriumlint.report.Renderer;
import io.github.pomeriumlint.report.TextRenderer;
import java.util.Map;

/** The report formats of {@code --format}. */
enum OutputFormat {
  text,
  json;

  Renderer renderer(boolean color) {
    return switch (this) {
      case text -> new TextRenderer(color);
      case json -> new JsonRenderer();
    };
  }

  /** The format to use when none is given. */
  static OutputFormat fromEnvironment(Map<String, String> env) {
    return text;
  }
}
