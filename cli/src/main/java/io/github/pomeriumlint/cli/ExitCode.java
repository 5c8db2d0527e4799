package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;

/** The contract's exit codes. */
final class ExitCode {
  /** Nothing at or above --fail-on. */
  static final int OK = 0;
  /** Findings at or above --fail-on. */
  static final int FINDINGS = 1;
  /** Bad usage, or an input that cannot be read. */
  static final int USAGE = 2;
  /** An online check could not be completed while the offline result was clean. */
  static final int INCOMPLETE = 3;

  private ExitCode() {}

  /**
   * The exit code of a finished run: findings (after suppressions and severity overrides) at or
   * above {@code threshold} win over an incomplete online check.
   *
   * @param threshold the --fail-on level, or null for none
   */
  static int of(LintResult result, Severity threshold) {
    if (threshold != null && result.hasFindingsAtLeast(threshold)) {
      return FINDINGS;
    }
    return result.incomplete().isEmpty() ? OK : INCOMPLETE;
  }
}
