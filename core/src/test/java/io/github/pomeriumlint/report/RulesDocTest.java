package io.github.pomeriumlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rule metadata; this fails when it is stale. */
class RulesDocTest {
  static final String REGENERATE = "./mvnw -B -o -pl core test -Dtest=RulesDocTest -Dpomerium.updateDocs=true";

  @Test
  void docsMatchTheRuleMetadata() throws Exception {
    Path docs = TestPaths.repositoryRoot().resolve("docs/rules.md");
    String expected = RuleCatalogue.markdown(RuleRegistry.catalogue());
    if (Boolean.getBoolean("pomerium.updateDocs")) {
      Files.createDirectories(docs.getParent());
      Files.writeString(docs, expected);
    }
    assertThat(Files.isRegularFile(docs)).as("docs/rules.md is missing: run %s", REGENERATE).isTrue();
    assertThat(Files.readString(docs)).as("docs/rules.md is stale: run %s", REGENERATE).isEqualTo(expected);
  }

  @Test
  void everyRuleHasAnAnchorMatchingItsHelpUri() {
    String md = RuleCatalogue.markdown(RuleRegistry.catalogue());
    RuleRegistry.catalogue().forEach(r -> {
      assertThat(md).contains("\n## " + r.id() + "\n");
      assertThat(RuleDocs.helpUri(r.id())).endsWith("docs/rules.md#" + r.id());
    });
  }
}
