package io.github.pomeriumlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.ppl.PplParser;

/** Any YAML value given as a route's policy parses to a policy and problems, never an exception. */
class PplParserFuzzTest {

  @FuzzTest
  void parserNeverThrows(FuzzedDataProvider data) {
    Document document = Document.parse(SourceFile.of("policy.yaml", data.consumeRemainingAsString()));
    document.root().ifPresent(root -> {
      PplParser.Result result = PplParser.parse(root);
      assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    });
  }
}
