package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command, which registers only the subcommand a line names. */
class MainTest {
  @Test
  void helpListsEverySubcommandInOrder() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsSubsequence("check", "rules", "explain", "decode-service-account", "troubleshoot");
  }

  @Test
  void aSubcommandKnowsItsParent() {
    CliRun run = CliRun.of("rules", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: pomerium-lint rules");
  }

  @Test
  void versionPrintsTheToolAndItsVersion() {
    for (String option : new String[] {"--version", "-V"}) {
      CliRun run = CliRun.of(option);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("pomerium-lint ").doesNotContain("Usage");
    }
  }
}
