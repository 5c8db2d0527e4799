package io.github.pomeriumlint.filter;

import java.util.Set;

/**
 * One {@code # pomerium-lint: disable=RULE[,RULE] -- reason} comment.
 *
 * @param line the 1-based line the comment is on
 * @param column where the comment's {@code #} is
 * @param endColumn the end of the comment (exclusive)
 * @param rules the rule ids it names
 * @param reason the text after {@code --}, or empty when none was given
 * @param fileWide {@code disable-file=}: applies to the whole file
 * @param target the line it applies to: its own line for a comment after code; for a comment alone
 *     on its line, the next line that is not itself a comment (so directives can be stacked)
 */
record Directive(int line, int column, int endColumn, Set<String> rules, String reason, boolean fileWide, int target) {

  /** True when this directive covers a finding of {@code rule} that starts on {@code findingLine}. */
  boolean covers(String rule, int findingLine) {
    if (!rules.contains(rule)) {
      return false;
    }
    return fileWide || findingLine == target;
  }
}
