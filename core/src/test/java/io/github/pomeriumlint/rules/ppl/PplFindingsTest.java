package io.github.pomeriumlint.rules.ppl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.PomeriumLint;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the PPL findings say and where they point; the fixtures check which findings there are. */
class PplFindingsTest {

  private static List<Diagnostic> lint(String yaml) throws IOException {
    return PomeriumLint.lint("c.yaml", yaml, LintOptions.defaults()).diagnostics().stream()
        .filter(d -> d.rule().startsWith("ppl-"))
        .toList();
  }

  @Test
  void findingsPointAtTheCriterionOrMatcherWithItsPath() throws IOException {
    List<Diagnostic> found =
        lint(
            """
            routes:
              - from: https://a.example.com
                to: http://a
                policy:
                  - allow:
                      or:
                        - email: {is: alice@example.com}
                        - emial: {is: bob@example.com}
                        - email: {iss: Carol@example.com}
            """);

    assertThat(found)
        .extracting(d -> d.rule() + "@" + d.line() + ":" + d.column() + " " + d.path())
        .containsExactlyInAnyOrder(
            "ppl-unknown-criterion@8:15 routes[0].policy[0].allow.or[1].emial",
            "ppl-matcher@9:23 routes[0].policy[0].allow.or[2].email.iss",
            "ppl-case-sensitive@9:28 routes[0].policy[0].allow.or[2].email.iss");
    Diagnostic unknown = found.stream().filter(d -> d.rule().equals("ppl-unknown-criterion")).findFirst().orElseThrow();
    assertThat(unknown.message()).contains("'emial'").contains("unknown policy criterion: emial");
    assertThat(unknown.hint()).isEqualTo("did you mean 'email'?");
    Diagnostic matcher = found.stream().filter(d -> d.rule().equals("ppl-matcher")).findFirst().orElseThrow();
    assertThat(matcher.message()).startsWith("unknown string matcher operator: iss");
    assertThat(matcher.hint()).isEqualTo("did you mean 'is'?");
  }

  @Test
  void parseErrorsCarryPomeriumsMessage() throws IOException {
    assertThat(lint("routes:\n  - from: https://a.example.com\n    to: http://a\n    policy:\n      allow:\n        any: []\n"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.message()).isEqualTo("invalid rules in policy: unsupported conditional \"any\", only and, or, not, nor and action are allowed");
          assertThat(d.path()).isEqualTo("routes[0].policy.allow.any");
        });
  }

  @Test
  void aCriterionMissingFromTheTargetReleaseNamesTheReleasesThatKnowIt() throws IOException {
    List<Diagnostic> found =
        PomeriumLint.lint(
                "c.yaml",
                "routes:\n  - from: https://a.example.com\n    to: http://a\n    policy: {allow: {or: [{source_ip: 10.0.0.1}]}}\n",
                LintOptions.builder().pomeriumVersion("0.30").build())
            .diagnostics();

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("ppl-unknown-criterion");
      assertThat(d.message()).startsWith("Pomerium 0.30 does not know the criterion 'source_ip' (known in 0.31 and later)");
    });
  }
}
