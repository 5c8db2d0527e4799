package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.testing.SarifSchema;
import io.github.pomeriumlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats, suppression, project config, baseline, file arguments and exit codes through the CLI. */
class ReportsCliTest {
  @TempDir Path dir;

  @BeforeEach
  void markRepositoryRoot() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
  }

  private Path write(String name, String text) throws Exception {
    return TestPaths.write(dir, name, text);
  }

  @Test
  void githubFormatIsChosenUnderGithubActionsUnlessAFormatIsGiven() throws Exception {
    Path file = write("pomerium.yaml", "idp_provier: azure\n");
    CliRun auto = CliRun.withEnv(Map.of("GITHUB_ACTIONS", "true"), "check", file.toString());
    assertThat(auto.out()).startsWith("::warning file=").contains(",line=1,col=1,endLine=1,endColumn=12,title=pomerium-lint [unknown-key]::");
    CliRun text = CliRun.withEnv(Map.of("GITHUB_ACTIONS", "true"), "check", "--format", "text", file.toString());
    assertThat(text.out()).doesNotContain("::warning").contains(":1:1: warning [unknown-key]");
    assertThat(CliRun.withEnv(Map.of(), "check", file.toString()).out()).doesNotContain("::warning");
  }

  @Test
  void noColorAndNonTerminalsGetNoColour() {
    assertThat(Terminal.colorWanted(Map.of(), true)).isTrue();
    assertThat(Terminal.colorWanted(Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(Terminal.colorWanted(Map.of("NO_COLOR", ""), true)).as("an empty NO_COLOR does not count").isTrue();
    assertThat(Terminal.colorWanted(Map.of(), false)).isFalse();
  }

  @Test
  void severalFormatOutputPairsInOneRun() throws Exception {
    Path file = write("pomerium.yaml", "idp_provier: azure\n");
    Path sarif = dir.resolve("out/report.sarif");
    Files.createDirectories(sarif.getParent());
    Path json = dir.resolve("out/report.json");
    CliRun run = CliRun.of("check", "--format", "text", "--format", "sarif", "--output", sarif.toString(),
        "--output", json.toString(), "--format", "json", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("[unknown-key]").contains("1 warning");
    JsonNode report = SarifSchema.assertValid(Files.readString(sarif));
    assertThat(report.at("/runs/0/results/0/ruleId").asText()).isEqualTo("unknown-key");
    assertThat(new ObjectMapper().readTree(Files.readString(json)).at("/summary/warnings").asInt()).isEqualTo(1);
    CliRun twoOnStdout = CliRun.of("check", "--format", "text", "--format", "json", file.toString());
    assertThat(twoOnStdout.exitCode()).isEqualTo(2);
    assertThat(twoOnStdout.err()).contains("only one --format can go to stdout");
  }

  @Test
  void sarifOnStdoutKeepsSuppressedFindingsAndTextCountsThem() throws Exception {
    Path file = write("pomerium.yaml", "idp_provier: azure # pomerium-lint: disable=unknown-key -- read by a wrapper\n");
    JsonNode sarif = SarifSchema.assertValid(CliRun.of("check", "--format", "sarif", file.toString()).out());
    assertThat(sarif.at("/runs/0/results/0/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(sarif.at("/runs/0/results/0/suppressions/0/justification").asText()).isEqualTo("read by a wrapper");
    assertThat(CliRun.of("check", file.toString()).out()).isEqualTo("no problems found in 1 file (1 suppressed)\n");
    CliRun ignored = CliRun.of("check", "--no-inline-suppressions", "--fail-on", "warning", file.toString());
    assertThat(ignored.exitCode()).isEqualTo(1);
    assertThat(ignored.out()).contains("[unknown-key]");
  }

  @Test
  void failOnCountsWhatIsLeftAfterSuppressionsAndSeverityOverrides() throws Exception {
    Path file = write("pomerium.yaml", "idp_provier: azure\n");
    assertThat(CliRun.of("check", file.toString()).exitCode()).as("a warning under --fail-on error").isZero();
    write(".pomerium-lint.yaml", "severity: {unknown-key: error}\n");
    assertThat(CliRun.of("check", file.toString()).exitCode()).as("raised to error").isEqualTo(1);
    write(".pomerium-lint.yaml", "disable: [unknown-key]\n");
    assertThat(CliRun.of("check", "--fail-on", "info", file.toString()).exitCode()).as("disabled").isZero();
    Path lenient = write("ci/lenient.yaml", "severity: {unknown-key: info}\n");
    assertThat(CliRun.of("check", "--config", lenient.toString(), "--fail-on", "warning", file.toString()).exitCode())
        .as("--config overrides the discovered file").isZero();
    assertThat(CliRun.of("check", "--config", lenient.toString(), "--fail-on", "info", file.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void aBadProjectConfigIsExitTwoWithItsPosition() throws Exception {
    Path file = write("pomerium.yaml", "address: ':443'\n");
    write(".pomerium-lint.yaml", "severity:\n  unknwn-key: error\n");
    CliRun run = CliRun.of("check", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".pomerium-lint.yaml:2:3: 'unknwn-key' is not a rule id").doesNotContain("\tat ");
    assertThat(CliRun.of("check", "--config", dir.resolve("absent.yaml").toString(), file.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void baselineRoundTripFailsOnlyOnNewFindings() throws Exception {
    Path file = write("pomerium.yaml", "address: ':443'\naddress: ':8443'\n");
    Path baseline = dir.resolve("pomerium-lint.baseline.json");
    CliRun written = CliRun.of("check", "--write-baseline", baseline.toString(), file.toString());
    assertThat(written.exitCode()).isZero();
    assertThat(written.err()).contains("wrote 1 findings to the baseline");
    assertThat(CliRun.of("check", "--baseline", baseline.toString(), file.toString()).exitCode()).isZero();
    write("pomerium.yaml", "# moved down by a comment\naddress: ':443'\naddress: ':8443'\n");
    assertThat(CliRun.of("check", "--baseline", baseline.toString(), file.toString()).exitCode()).isZero();
    write("pomerium.yaml", "# moved\naddress: ':443'\naddress: ':8443'\ncookie_secret: a\ncookie_secret: b\n");
    CliRun fresh = CliRun.of("check", "--baseline", baseline.toString(), file.toString());
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(fresh.out()).contains(":5:1: error [duplicate-key]").doesNotContain(":3:1:");
    assertThat(CliRun.of("check", "--baseline", dir.resolve("absent.json").toString(), file.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void directoriesRecurseIntoConfigNamesInAStableOrderAndGlobsMatchFiles() throws Exception {
    write("b/pomerium.yaml", "idp_provier: azure\n");
    write("a/pomerium-prod.yml", "idp_provier: azure\n");
    write("a/pomerium/config.yaml", "idp_provier: azure\n");
    write("a/other/config.yaml", "not: pomerium\n");
    write("a/.hidden/pomerium.yaml", "idp_provier: azure\n");
    write("a/readme.txt", "x\n");
    CliRun run = CliRun.of("check", "--format", "json", dir.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/summary/files").asInt()).isEqualTo(3);
    assertThat(json.path("diagnostics").findValuesAsText("file"))
        .containsExactly(
            dir.resolve("a/pomerium-prod.yml").toString(),
            dir.resolve("a/pomerium/config.yaml").toString(),
            dir.resolve("b/pomerium.yaml").toString());
    assertThat(CliRun.of("check", "--format", "json", dir.toString()).out()).isEqualTo(run.out());

    CliRun glob = CliRun.of("check", "--format", "json", dir + "/a/**/*.yaml");
    assertThat(new ObjectMapper().readTree(glob.out()).path("diagnostics").findValuesAsText("file"))
        .containsExactly(dir.resolve("a/other/config.yaml").toString(), dir.resolve("a/pomerium/config.yaml").toString())
        .as("an explicit glob takes any name it matches; hidden folders stay out");
    CliRun none = CliRun.of("check", dir + "/nothing/*.yaml");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no Pomerium config files match");
  }

  @Test
  void exitCodesForEachPath() throws Exception {
    Path clean = write("clean.yaml", "address: ':443'\n");
    Path warning = write("warning.yaml", "idp_provier: azure\n");
    Path error = write("error.yaml", "address: ':443'\naddress: ':1'\n");
    assertThat(CliRun.of("check", clean.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", warning.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", "--fail-on", "warning", warning.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("check", error.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("check", "--fail-on", "none", error.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", "--format", "yaml", clean.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(2);
    CliRun unwritable = CliRun.of("check", "--format", "sarif", "--output", dir.resolve("no/such/dir.sarif").toString(), clean.toString());
    assertThat(unwritable.exitCode()).isEqualTo(2);
    assertThat(unwritable.err()).contains("cannot write ").contains("dir.sarif: no such folder");
  }

  @Test
  void anIncompleteOnlineCheckIsExitThreeOnlyWhenNothingReachesTheThreshold() {
    Diagnostic warning = new Diagnostic("unknown-key", Severity.WARNING, "a.yaml", 1, 1, 1, 2, "", "m", null);
    LintResult incomplete = new LintResult(List.of(warning), 1, Map.of(), List.of("Graph did not answer"));
    assertThat(ExitCode.of(incomplete, Severity.ERROR)).isEqualTo(3);
    assertThat(ExitCode.of(incomplete, null)).isEqualTo(3);
    assertThat(ExitCode.of(incomplete, Severity.WARNING)).isEqualTo(1);
    assertThat(ExitCode.of(new LintResult(List.of(warning), 1, Map.of(), List.of()), Severity.ERROR)).isZero();
  }

  @Test
  void everyFormatIsByteIdenticalAcrossRunsOverManyFiles() throws Exception {
    for (int i = 0; i < 12; i++) {
      write("d" + (i % 3) + "/pomerium-" + i + ".yaml", "idp_provier: azure\naddress: ':1'\naddress: ':2'\n");
    }
    for (String format : new String[] {"text", "json", "sarif", "github"}) {
      String first = CliRun.of("check", "--format", format, dir.toString()).out();
      assertThat(CliRun.of("check", "--format", format, dir.toString()).out()).as(format).isEqualTo(first);
      if (format.equals("sarif")) {
        SarifSchema.assertValid(first);
      }
    }
  }

  @Test
  void rulesListsTheCatalogueAsATableOrJson() throws Exception {
    CliRun table = CliRun.of("rules");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out().lines()).hasSize(RuleRegistry.catalogue().size() + 1);
    assertThat(table.out()).containsPattern("(?m)^unknown-key +warning +Pomerium does not know this key$");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("rules", "--format", "json").out());
    assertThat(json.path("rules").size()).isEqualTo(RuleRegistry.catalogue().size());
    JsonNode first = json.path("rules").get(0);
    assertThat(first.path("id").asText()).isEqualTo(RuleRegistry.catalogue().get(0).id());
    assertThat(first.path("helpUri").asText()).endsWith("docs/rules.md#" + first.path("id").asText());
    assertThat(first.path("help").asText()).isNotBlank();
  }

  @Test
  void explainShowsWhatWhyReleasesAndExamples() {
    CliRun run = CliRun.of("explain", "removed-key");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("removed-key (error): ").contains("Applies to: ").contains("Bad:\n    ").contains("Good:\n");
    CliRun typo = CliRun.of("explain", "removed-kee");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("no rule 'removed-kee' (did you mean 'removed-key'?)");
  }
}
