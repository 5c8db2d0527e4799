package io.github.pomeriumlint.rules.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.PomeriumLint;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings point at the exact key or list item, by path and column, and never echo a URL's password. */
class RoutePositionsTest {

  private static List<Diagnostic> lint(String yaml) throws IOException {
    return PomeriumLint.lint("config.yaml", yaml, LintOptions.defaults()).diagnostics();
  }

  @Test
  void toListItemsAndNestedKeysArePositionedExactly() throws IOException {
    String yaml = """
        routes:
          - from: https://a.example.com
            to: https://a.internal
            allowed_domains: [example.com]
          - from: https://b.example.com
            allowed_domains: [example.com]
            to:
              - https://b1.internal,2
              - https://b2.internal
            redirect:
              response_cod: 301
        """;
    assertThat(lint(yaml))
        .filteredOn(d -> d.rule().equals("invalid-route-to") || d.rule().equals("unknown-route-key"))
        .extracting(Diagnostic::rule, Diagnostic::path, Diagnostic::line, Diagnostic::column, Diagnostic::endColumn)
        .containsExactly(
            tuple("invalid-route-to", "routes[1].to[1]", 9, 9, 28),
            tuple("unknown-route-key", "routes[1].redirect.response_cod", 11, 7, 19));
  }

  @Test
  void duplicateRouteNamesTheFirstPosition() throws IOException {
    String yaml = """
        routes:
          - from: https://a.example.com
            to: https://a.internal
            allowed_domains: [example.com]
          - from: https://a.example.com
            to: https://b.internal
            allowed_domains: [example.com]
        """;
    assertThat(lint(yaml))
        .filteredOn(d -> d.rule().equals("duplicate-route"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.path()).isEqualTo("routes[1].from");
          assertThat(d.message()).contains("line 2, column 11");
        });
  }

  @Test
  void messagesDoNotRepeatUpstreamCredentials() throws IOException {
    String yaml = """
        routes:
          - from: https://a.example.com
            to: [ "https://user:s3cret@a.internal,0", "user:s3cret@b.internal" ]
            allowed_domains: [example.com]
        """;
    List<Diagnostic> found = lint(yaml);
    assertThat(found).filteredOn(d -> d.rule().equals("invalid-route-to")).hasSize(2);
    assertThat(found).allSatisfy(d -> {
      assertThat(d.message()).doesNotContain("s3cret");
      assertThat(d.optionalHint().orElse("")).doesNotContain("s3cret");
    });
  }
}
