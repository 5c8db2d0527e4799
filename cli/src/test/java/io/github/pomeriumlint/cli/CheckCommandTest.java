package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pomeriumlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return TestPaths.write(dir, name, text);
  }

  @Test
  void cleanConfigExitsZeroWithSummary() throws Exception {
    Path file = write("ok.yaml", "address: ':443'\n");
    CliRun run = CliRun.of("check", file.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("no problems found in 1 file");
  }

  @Test
  void textShowsPositionRuleSnippetCaretAndHint() throws Exception {
    Path file = write("typo.yaml", "address: ':443'\nidp_provier: azure\n");
    CliRun run = CliRun.of("check", file.toString());
    assertThat(run.exitCode()).as("a warning is below the default --fail-on error").isEqualTo(0);
    assertThat(run.out())
        .contains(file + ":2:1: warning [unknown-key] unknown option 'idp_provier' (did you mean 'idp_provider'?)")
        .contains("  2 | idp_provier: azure\n    | ^~~~~~~~~~~\n")
        .contains("= hint: ");
  }

  @Test
  void failOnWarningTurnsWarningsIntoExitOne() throws Exception {
    Path file = write("typo.yaml", "idp_provier: azure\n");
    assertThat(CliRun.of("check", "--fail-on", "warning", file.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("check", "--fail-on", "none", file.toString()).exitCode()).isEqualTo(0);
  }

  @Test
  void syntaxErrorIsAFindingWithExitOneNotAStackTrace() throws Exception {
    Path file = write("bad.yaml", "cookie_secret: *REDACTED*\n");
    CliRun run = CliRun.of("check", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(":1:").contains("[yaml-syntax]");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFileIsExitTwo() {
    CliRun run = CliRun.of("check", dir.resolve("absent.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.yaml: no such file").doesNotContain("\tat ");
  }

  @Test
  void badOptionValuesAreUsageErrors() throws Exception {
    Path file = write("ok.yaml", "address: ':443'\n");
    assertThat(CliRun.of("check", "--fail-on", "sometimes", file.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check", "--pomerium-version", "latest", file.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("nonsense").exitCode()).isEqualTo(2);
  }

  @Test
  void stdinIsLintedUnderItsOwnName() {
    CliRun run = CliRun.withStdin("idp_provier: azure\n", "check", "--format", "json", "-");
    assertThat(run.out()).contains("\"file\" : \"<stdin>\"");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Path file = write("c.yaml", "address: ':443'\nidp_provier: azure\n");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("check", "--format", "json", file.toString()).out());
    assertThat(json.path("tool").path("name").asText()).isEqualTo("pomerium-lint");
    JsonNode d = json.path("diagnostics").get(0);
    assertThat(d.path("rule").asText()).isEqualTo("unknown-key");
    assertThat(d.path("severity").asText()).isEqualTo("warning");
    assertThat(d.path("line").asInt()).isEqualTo(2);
    assertThat(d.path("column").asInt()).isEqualTo(1);
    assertThat(d.path("endLine").asInt()).isEqualTo(2);
    assertThat(d.path("endColumn").asInt()).isEqualTo(12);
    assertThat(d.path("path").asText()).isEqualTo("idp_provier");
    assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("files").asInt()).isEqualTo(1);
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws Exception {
    Path a = write("a.yaml", "idp_provier: azure\naddress: ':443'\naddress: ':1'\n");
    Path b = write("b.yaml", "cookie_secure: true\n");
    for (String format : new String[] {"text", "json"}) {
      String first = CliRun.of("check", "--format", format, b.toString(), a.toString()).out();
      String second = CliRun.of("check", "--format", format, b.toString(), a.toString()).out();
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void envFileValuesAreOverlaidAndNamed() throws Exception {
    Path config = write("c.yaml", "address: ':443'\n");
    Path env = write(".env", "# comment\nROUTES=LSBmcm9t.......\n");
    CliRun run = CliRun.of("check", "--env-file", env.toString(), config.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(env + ":2:8: error [env-value] ROUTES is not base64");
  }

  @Test
  void outputFileReceivesTheReport() throws Exception {
    Path config = write("c.yaml", "idp_provier: azure\n");
    Path report = dir.resolve("report.json");
    CliRun run = CliRun.of("check", "--format", "json", "--output", report.toString(), config.toString());
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).contains("\"rule\" : \"unknown-key\"");
  }
}
