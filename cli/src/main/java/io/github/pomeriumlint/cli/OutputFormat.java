package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.GithubRenderer;
import io.github.pomeriumlint.report.JsonRenderer;
import io.github.pomeriumlint.report.Renderer;
import io.github.pomeriumlint.report.SarifRenderer;
import io.github.pomeriumlint.report.TextRenderer;
import java.util.Map;

/** The report formats of {@code --format}. */
enum OutputFormat {
  text,
  json,
  sarif,
  github;

  Renderer renderer(boolean color) {
    return switch (this) {
      case text -> new TextRenderer(color);
      case json -> new JsonRenderer();
      case sarif -> new SarifRenderer();
      case github -> new GithubRenderer();
    };
  }

  /** The format to use when none is given: annotations inside GitHub Actions, else text. */
  static OutputFormat fromEnvironment(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS")) ? github : text;
  }
}
