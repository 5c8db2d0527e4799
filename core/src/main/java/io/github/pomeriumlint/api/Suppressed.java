package io.github.pomeriumlint.api;

import java.util.Objects;

/**
 * A finding that a suppression hid: kept so that reports can account for it (SARIF lists it with
 * its justification) while it no longer counts towards the exit code.
 *
 * @param diagnostic the finding as the rule reported it
 * @param inSource true for a {@code # pomerium-lint:} comment in the linted file, false for the
 *     project config or a baseline
 * @param reason why it is suppressed, as its author wrote it
 */
public record Suppressed(Diagnostic diagnostic, boolean inSource, String reason) {
  public Suppressed {
    Objects.requireNonNull(diagnostic, "diagnostic");
    Objects.requireNonNull(reason, "reason");
  }
}
