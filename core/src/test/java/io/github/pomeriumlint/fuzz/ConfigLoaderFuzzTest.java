package io.github.pomeriumlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;

/**
 * Whatever the bytes, the whole lint (loader, overlay, every rule) returns findings with
 * positions and never throws. Runs its seed corpus (src/test/resources/.../*Inputs) on every
 * build; {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class ConfigLoaderFuzzTest {

  @FuzzTest
  void yamlNeverThrows(FuzzedDataProvider data) throws Exception {
    check(PomeriumLint.lint("fuzz.yaml", data.consumeRemainingAsBytes(), LintOptions.defaults()));
  }

  @FuzzTest
  void jsonNeverThrows(FuzzedDataProvider data) throws Exception {
    check(PomeriumLint.lint("fuzz.json", data.consumeRemainingAsBytes(), LintOptions.defaults()));
  }

  static void check(LintResult result) {
    assertThat(result.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.rule()).isNotEqualTo("internal-error");
              assertThat(d.line()).isPositive();
              assertThat(d.column()).isPositive();
            });
  }
}
