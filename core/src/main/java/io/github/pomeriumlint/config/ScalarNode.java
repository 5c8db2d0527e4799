package io.github.pomeriumlint.config;

import java.util.Objects;

/**
 * A leaf value. {@link #text()} is the value as the YAML or JSON parser resolved it (quotes
 * removed, escapes applied); {@link #kind()} is what the YAML 1.2 core schema (or JSON) makes of
 * it.
 */
public final class ScalarNode extends PlacedNode implements Node {
  private final String text;
  private final Kind kind;

  /** The type a parser resolves a scalar to. */
  public enum Kind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  public ScalarNode(String text, Kind kind, Span span, String path) {
    this(text, kind, span, NodePath.of(path));
  }

  ScalarNode(String text, Kind kind, Span span, NodePath path) {
    super(span, path);
    this.text = text;
    this.kind = kind;
  }

  public String text() {
    return text;
  }

  public Kind kind() {
    return kind;
  }

  public static ScalarNode string(String text, Span span, String path) {
    return new ScalarNode(text, Kind.STRING, span, path);
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** True for a null or an empty string: "not set" as Pomerium sees it. */
  public boolean isBlank() {
    return kind == Kind.NULL || text.isBlank();
  }

  /** The value as a bool the way Pomerium's weakly typed decoding reads it, if it is one. */
  public java.util.Optional<Boolean> asBoolean() {
    String t = MapNode.normalize(text.trim()); // lower case, as toLowerCase(Locale.ROOT) makes it
    return switch (t) {
      case "true", "1", "t" -> java.util.Optional.of(true);
      case "false", "0", "f", "" -> java.util.Optional.of(false);
      default -> java.util.Optional.empty();
    };
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case FLOAT -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScalarNode s
        && text.equals(s.text) && kind == s.kind && samePlace(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, kind, span(), path());
  }

  @Override
  public String toString() {
    return "ScalarNode[text=" + text + ", kind=" + kind + ", span=" + span() + ", path=" + path() + "]";
  }
}
