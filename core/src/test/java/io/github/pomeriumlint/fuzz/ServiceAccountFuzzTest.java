package io.github.pomeriumlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pomeriumlint.azure.ServiceAccount;
import io.github.pomeriumlint.pomerium.PomeriumVersion;

/** Any idp_service_account value decodes to fields and problems, and no problem repeats the secret. */
class ServiceAccountFuzzTest {

  @FuzzTest
  void decoderNeverThrowsNorEchoesTheSecret(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    // before 0.18 only base64 was read; from 0.18 raw JSON too
    for (PomeriumVersion version : new PomeriumVersion[] {PomeriumVersion.parse("0.17"), PomeriumVersion.NEWEST}) {
      ServiceAccount account = ServiceAccount.decode(value, version);
      account.clientSecret()
          .filter(secret -> secret.length() >= 8)
          .ifPresent(
              secret ->
                  assertThat(account.problems())
                      .allSatisfy(p -> assertThat(p.message() + " " + p.hint()).doesNotContain(secret)));
    }
  }
}
