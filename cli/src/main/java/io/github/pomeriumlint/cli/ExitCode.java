package io.github.pomeriumlint.cli;

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
}
