package io.github.pomeriumlint.troubleshoot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of 403 scenarios in testdata/troubleshoot/scenarios.tsv, each with its expected decision and reasons. */
class TroubleshootScenarioTest {
  private static final Path DIR = TestPaths.testdata().resolve("troubleshoot");

  record Scenario(String name, String config, String url, String email, String userId, Map<String, List<String>> claims,
      String decision, List<String> reasons, String route, String criterion) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> scenarios() throws IOException {
    List<Scenario> all = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("scenarios.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertThat(f).as("columns of: %s", line).hasSize(10);
      Map<String, List<String>> claims = new LinkedHashMap<>();
      for (String pair : dash(f[5]) == null ? new String[0] : f[5].split(";")) {
        String[] kv = pair.split("=", 2);
        claims.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
      }
      all.add(new Scenario(f[0], f[1], f[2], dash(f[3]), dash(f[4]), claims, f[6], Arrays.asList(f[7].split(",")), f[8], f[9]));
    }
    return all.stream();
  }

  private static String dash(String field) {
    return field.equals("-") ? null : field;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void decidesAsPomeriumWould(Scenario s) throws IOException {
    Path config = DIR.resolve(s.config());
    Verdict v = Troubleshooter.run(config, LintOptions.defaults(), Target.parse(s.url()).orElseThrow(), User.of(s.email(), s.userId(), s.claims()));

    assertThat(v.decision().id()).as("decision").isEqualTo(s.decision());
    assertThat(v.reasons()).as("reasons").containsExactlyElementsOf(s.reasons());
    assertThat(v.route().map(h -> h.route().node().path()).orElse("-")).as("route").isEqualTo(s.route());
    if (v.decision() != Decision.ALLOW) {
      assertThat(v.fix()).as("a refusal comes with a fix").isPresent();
    }
    if (!s.criterion().equals("-")) {
      String[] keyLine = s.criterion().split("=")[0].split("@");
      String outcome = s.criterion().split("=")[1];
      List<String> atLine = v.evaluation().orElseThrow().criteria().stream()
          .filter(c -> c.criterion().key().equals(keyLine[0]) && c.where().span().line() == Integer.parseInt(keyLine[1]))
          .map(c -> c.outcome().id())
          .toList();
      assertThat(atLine).as("outcome of %s", s.criterion()).containsExactly(outcome);
    }
  }
}
