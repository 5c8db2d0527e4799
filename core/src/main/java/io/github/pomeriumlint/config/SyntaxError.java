package io.github.pomeriumlint.config;

/** Why a document could not be read as YAML or JSON, where the parser gave up, and what usually fixes it. */
public record SyntaxError(Span span, String message, String hint) {

  public SyntaxError(Span span, String message) {
    this(span, message, null);
  }
}
