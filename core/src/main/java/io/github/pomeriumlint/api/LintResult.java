package io.github.pomeriumlint.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a lint run: every finding in report order, and how many files were read.
 *
 * @param diagnostics findings sorted by {@link Diagnostic#ORDER}
 * @param files how many files (or inputs) were linted
 * @param sources the text of each linted input by its file name, for renderers that show the
 *     offending line; values that came from the environment have no entry
 * @param incomplete messages about online checks that could not be completed (network, service
 *     error); empty when everything ran
 * @param suppressed findings that a suppression hid, in report order; not in {@code diagnostics}
 */
public record LintResult(
    List<Diagnostic> diagnostics,
    int files,
    Map<String, List<String>> sources,
    List<String> incomplete,
    List<Suppressed> suppressed) {

  public LintResult {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
    incomplete = List.copyOf(incomplete);
    suppressed = List.copyOf(suppressed);
  }

  /** A result in which nothing was suppressed. */
  public LintResult(
      List<Diagnostic> diagnostics, int files, Map<String, List<String>> sources, List<String> incomplete) {
    this(diagnostics, files, sources, incomplete, List.of());
  }

  public long count(Severity severity) {
    long count = 0;
    for (Diagnostic d : diagnostics) {
      if (d.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /** The rule of findings about online checks that could not be completed; {@link #incomplete()} counts them. */
  public static final String INCOMPLETE_RULE = "online-check-failed";

  /**
   * True when some finding is at least as severe as {@code threshold}. A check that could not be
   * completed is no finding about the config: it shows in {@link #incomplete()} instead.
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    for (Diagnostic d : diagnostics) {
      if (d.severity().atLeast(threshold) && !d.rule().equals(INCOMPLETE_RULE)) {
        return true;
      }
    }
    return false;
  }

  /** The 1-based line of a linted input, as written. */
  public Optional<String> sourceLine(String file, int line) {
    List<String> lines = sources.get(file);
    if (lines == null || line < 1 || line > lines.size()) {
      return Optional.empty();
    }
    return Optional.of(lines.get(line - 1));
  }
}
