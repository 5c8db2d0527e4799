package io.github.pomeriumlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pomeriumlint.azure.ProviderUrl;
import io.github.pomeriumlint.pomerium.values.GoDuration;
import io.github.pomeriumlint.pomerium.values.GoUrl;

/** The URL and duration checks judge any text without throwing. */
class ValueParsersFuzzTest {

  @FuzzTest
  void urlChecksNeverThrow(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ProviderUrl url = ProviderUrl.parse(text);
    url.works();
    url.template();
    url.authorityHost();
    GoUrl.parse(text);
    GoDuration.parse(text);
  }
}
