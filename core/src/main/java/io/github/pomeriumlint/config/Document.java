package io.github.pomeriumlint.config;

import java.util.Optional;

/**
 * A parsed input: its source, and either its root node (absent for an empty document) or the
 * syntax error that stopped the parser, with what the reader noted about the tree.
 */
public record Document(SourceFile source, Optional<Node> root, Optional<SyntaxError> syntaxError, TreeNotes notes) {

  public static Document parsed(SourceFile source, Node root, TreeNotes notes) {
    return new Document(source, Optional.ofNullable(root), Optional.empty(), notes);
  }

  static Document empty(SourceFile source) {
    return new Document(source, Optional.empty(), Optional.empty(), TreeNotes.none());
  }

  public static Document failed(SourceFile source, SyntaxError error) {
    return new Document(source, Optional.empty(), Optional.of(error), TreeNotes.none());
  }

  /** Reads YAML or JSON (by file name), never throwing for bad input. */
  public static Document parse(SourceFile source) {
    if (source.badByteOffset() >= 0) {
      return failed(
          source,
          new SyntaxError(
              source.end(), "the file is not UTF-8 text: byte " + source.badByteOffset() + " cannot be decoded",
              "save the file as UTF-8 (Pomerium reads its config as UTF-8)"));
    }
    return source.isJson() ? JsonReader.read(source) : YamlReader.read(source);
  }
}
