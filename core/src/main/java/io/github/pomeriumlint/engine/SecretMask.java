package io.github.pomeriumlint.engine;

import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a linted file as reports may quote them: the value of every secret option is
 * replaced by asterisks of the same length, so carets under a finding still line up.
 */
final class SecretMask {
  private SecretMask() {}

  static List<String> apply(List<String> lines, Document document) {
    List<String> masked = new ArrayList<>(lines);
    // the reader noted the secrets' values, so the tree is not walked again
    for (Node value : document.notes().secretValues()) {
      maskValues(value, masked);
    }
    return masked;
  }

  /** A secret's scalar, or every scalar of a list of secrets (ssh_host_keys). */
  private static void maskValues(Node value, List<String> lines) {
    if (value instanceof ScalarNode scalar && !scalar.isBlank()) {
      mask(scalar.span(), lines);
    } else if (value instanceof ListNode list) {
      list.items().forEach(item -> maskValues(item, lines));
    }
  }

  private static void mask(Span span, List<String> lines) {
    for (int line = span.line(); line <= span.endLine() && line <= lines.size(); line++) {
      String text = lines.get(line - 1);
      int from = line == span.line() ? Math.min(span.column() - 1, text.length()) : 0;
      int to = line == span.endLine() ? Math.min(span.endColumn() - 1, text.length()) : text.length();
      if (from < to) {
        lines.set(line - 1, text.substring(0, from) + "*".repeat(to - from) + text.substring(to));
      }
    }
  }
}
