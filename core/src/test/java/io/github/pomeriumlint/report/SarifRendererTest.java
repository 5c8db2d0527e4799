package io.github.pomeriumlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.testing.SarifSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifRendererTest {
  @TempDir Path dir;

  private String render(LintResult result) throws Exception {
    StringBuilder out = new StringBuilder();
    new SarifRenderer(dir, RuleRegistry.catalogue()).render(result, out);
    return out.toString();
  }

  private LintResult lint(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return PomeriumLint.lint(file, LintOptions.defaults());
  }

  @Test
  void describesEveryRuleWithHelpAndUri() throws Exception {
    JsonNode sarif = SarifSchema.assertValid(render(lint("ok.yaml", "address: ':443'\n")));
    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    assertThat(rules.size()).isEqualTo(RuleRegistry.catalogue().size());
    JsonNode unknownKey = null;
    for (JsonNode rule : rules) {
      assertThat(rule.path("helpUri").asText()).isEqualTo(RuleDocs.helpUri(rule.path("id").asText()));
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      if (rule.path("id").asText().equals("unknown-key")) {
        unknownKey = rule;
      }
    }
    assertThat(unknownKey).isNotNull();
    assertThat(unknownKey.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(sarif.at("/runs/0/results").size()).isZero();
  }

  @Test
  void resultHasRuleRelativeUriRegionAndFingerprint() throws Exception {
    JsonNode sarif = SarifSchema.assertValid(render(lint("conf/my config.yaml", "address: ':443'\nidp_provier: azure\n")));
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.path("ruleId").asText()).isEqualTo("unknown-key");
    assertThat(sarif.at("/runs/0/columnKind").asText()).isEqualTo("unicodeCodePoints");
    JsonNode rule = sarif.at("/runs/0/tool/driver/rules/" + result.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("unknown-key");
    assertThat(result.path("level").asText()).isEqualTo("warning");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("conf/my%20config.yaml");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(2);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(1);
    assertThat(location.at("/region/endLine").asInt()).isEqualTo(2);
    assertThat(location.at("/region/endColumn").asInt()).isEqualTo(12);
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("idp_provier");
    assertThat(result.at("/partialFingerprints/" + SarifRenderer.FINGERPRINT_KEY.replace("/", "~1")).asText())
        .hasSize(32);
  }

  @Test
  void fingerprintSurvivesUnrelatedEditsAboveTheFinding() throws Exception {
    String before = render(lint("a.yaml", "idp_provier: azure\n"));
    String after = render(lint("a.yaml", "# a new comment\naddress: ':443'\n\nidp_provier: azure\n"));
    String key = "/runs/0/results/0/partialFingerprints/" + SarifRenderer.FINGERPRINT_KEY.replace("/", "~1");
    JsonNode first = SarifSchema.assertValid(before);
    JsonNode second = SarifSchema.assertValid(after);
    assertThat(second.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
    assertThat(second.at(key).asText()).isEqualTo(first.at(key).asText()).isNotEmpty();
  }

  @Test
  void fingerprintIgnoresLineNumbersInsideTheMessageButNotTheRuleOrPath() {
    Diagnostic d = new Diagnostic("duplicate-key", Severity.WARNING, "a.yaml", 3, 1, 3, 4, "x", "'x' (line 1) repeats", null);
    Diagnostic moved = new Diagnostic("duplicate-key", Severity.WARNING, "a.yaml", 9, 1, 9, 4, "x", "'x' (line 7) repeats", null);
    Diagnostic otherPath = new Diagnostic("duplicate-key", Severity.WARNING, "a.yaml", 3, 1, 3, 4, "y", "'x' (line 1) repeats", null);
    Diagnostic otherRule = new Diagnostic("unknown-key", Severity.WARNING, "a.yaml", 3, 1, 3, 4, "x", "'x' (line 1) repeats", null);
    assertThat(moved.fingerprint()).isEqualTo(d.fingerprint());
    assertThat(otherPath.fingerprint()).isNotEqualTo(d.fingerprint());
    assertThat(otherRule.fingerprint()).isNotEqualTo(d.fingerprint());
  }

  @Test
  void suppressedFindingsStayWithTheirJustification() throws Exception {
    Diagnostic d = new Diagnostic("unknown-key", Severity.WARNING, dir.resolve("a.yaml").toString(), 1, 1, 1, 5, "abc", "unknown option 'abc'", "remove it");
    LintResult result = new LintResult(List.of(), 1, Map.of(), List.of(), List.of(new Suppressed(d, true, "used by our fork")));
    JsonNode sarif = SarifSchema.assertValid(render(result));
    JsonNode suppression = sarif.at("/runs/0/results/0/suppressions/0");
    assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.path("justification").asText()).isEqualTo("used by our fork");
    assertThat(sarif.at("/runs/0/results/0/message/text").asText()).isEqualTo("unknown option 'abc' (hint: remove it)");
  }

  @Test
  void environmentFindingsHaveALogicalLocationOnlyAndFilesOutsideTheBaseAnAbsoluteUri() throws Exception {
    Diagnostic env = new Diagnostic("env-value", Severity.ERROR, "env:ROUTES", 1, 1, 1, 5, "", "ROUTES is not base64", null);
    Path outside = dir.getParent().resolve("elsewhere.yaml").toAbsolutePath();
    Diagnostic far = new Diagnostic("yaml-syntax", Severity.ERROR, outside.toString(), 1, 1, 1, 2, "", "bad", null);
    JsonNode sarif = SarifSchema.assertValid(render(new LintResult(List.of(env, far), 2, Map.of(), List.of())));
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation").isMissingNode()).isTrue();
    assertThat(sarif.at("/runs/0/results/0/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("ROUTES");
    assertThat(sarif.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(outside.toUri().toString());
  }

  @Test
  void theSchemaCheckRejectsADocumentThatBreaksIt() throws Exception {
    String broken = render(lint("c.yaml", "idp_provier: azure\n")).replace("\"startLine\" : 1", "\"startLine\" : 0");
    assertThatThrownBy(() -> SarifSchema.assertValid(broken)).isInstanceOf(AssertionError.class).hasMessageContaining("startLine");
  }

  @Test
  void sameResultGivesByteIdenticalOutput() throws Exception {
    LintResult result = lint("b.yaml", "idp_provier: azure\naddress: ':1'\naddress: ':2'\n");
    assertThat(render(result)).isEqualTo(render(result));
  }
}
