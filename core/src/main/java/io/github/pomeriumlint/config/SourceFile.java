package io.github.pomeriumlint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of one input and what it is called in reports.
 *
 * @param name the name reports use: the path as the user gave it, {@code <stdin>}, or {@code env:NAME}
 * @param location the file on disk, used to resolve {@code *_file} options; absent for stdin and strings
 * @param text the whole text (for input that is not UTF-8: the text before the first bad byte)
 * @param badByteOffset the offset of the first byte that is not UTF-8, or -1
 */
public record SourceFile(String name, Optional<Path> location, String text, int badByteOffset) {

  public static SourceFile of(String name, String text) {
    return new SourceFile(name, Optional.empty(), text, -1);
  }

  public static SourceFile of(Path path, String name, String text) {
    return new SourceFile(name, Optional.of(path), text, -1);
  }

  /** Where the text stops, as a position: the end of the valid prefix. */
  public Span end() {
    return positionOf(text.length());
  }

  /** The line and column of a character offset (clamped to the text). */
  public Span positionOf(int offset) {
    int limit = Math.min(offset, text.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return Span.point(name, line, limit - lineStart + 1);
  }

  /** True for JSON by file name: Pomerium picks the parser by extension. */
  public boolean isJson() {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  /** The lines as written, without their terminators. */
  public List<String> lines() {
    return text.lines().toList();
  }

  /** The folder that relative {@code *_file} paths are read from. */
  public Optional<Path> directory() {
    return location.map(p -> p.toAbsolutePath().getParent());
  }
}
