package io.github.pomeriumlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.filter.Baseline;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRendererTest {
  @TempDir Path dir;

  @Test
  void suppressedFindingsAreListedWithHowAndWhyBesideTheKeptOnes() throws Exception {
    Path config = Files.writeString(dir.resolve("pomerium.yaml"), "idp_provier: azure\n");
    Path baseline = dir.resolve("baseline.txt");
    try (Writer w = Files.newBufferedWriter(baseline)) {
      Baseline.write(PomeriumLint.lint(config, LintOptions.defaults()).diagnostics(), w);
    }
    Files.writeString(config, """
        idp_provier: azure
        # pomerium-lint: disable=invalid-address -- the proxy adds the port
        address: localhost
        grpc_address: nowhere
        """);
    LintResult result = PomeriumLint.lint(config, LintOptions.builder().baseline(baseline).build());

    StringBuilder out = new StringBuilder();
    new JsonRenderer().render(result, out);
    JsonNode json = new ObjectMapper().readTree(out.toString());

    assertThat(json.at("/diagnostics").findValuesAsText("rule")).containsExactly("invalid-address");
    assertThat(json.at("/diagnostics/0/line").asInt()).isEqualTo(4);
    JsonNode suppressed = json.at("/suppressed");
    assertThat(suppressed.size()).isEqualTo(2);
    assertThat(suppressed.get(0).path("rule").asText()).isEqualTo("unknown-key");
    assertThat(suppressed.get(0).at("/suppression/kind").asText()).isEqualTo("external");
    assertThat(suppressed.get(0).at("/suppression/reason").asText()).isEqualTo("accepted in the baseline");
    assertThat(suppressed.get(1).path("rule").asText()).isEqualTo("invalid-address");
    assertThat(suppressed.get(1).path("line").asInt()).isEqualTo(3);
    assertThat(suppressed.get(1).at("/suppression/kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.get(1).at("/suppression/reason").asText()).isEqualTo("the proxy adds the port");
    assertThat(json.at("/summary/suppressed").asInt()).isEqualTo(2);
  }
}
