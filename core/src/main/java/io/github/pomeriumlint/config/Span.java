package io.github.pomeriumlint.config;

/**
 * Where something stands in its source: 1-based lines and columns, end column exclusive.
 *
 * @param file the file name as the user gave it, or {@code env:NAME} for an environment variable
 */
public record Span(String file, int line, int column, int endLine, int endColumn) {

  /** A span for a whole environment variable, which has no lines of its own. */
  public static Span ofEnvironment(String variable, String value) {
    return new Span("env:" + variable, 1, 1, 1, 1 + value.length());
  }

  /** A single point, for errors that have a position but no extent. */
  public static Span point(String file, int line, int column) {
    return new Span(file, line, column, line, column + 1);
  }
}
