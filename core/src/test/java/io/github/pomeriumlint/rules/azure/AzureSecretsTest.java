package io.github.pomeriumlint.rules.azure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.report.JsonRenderer;
import io.github.pomeriumlint.report.TextRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Azure rules report on values that hold secrets (service accounts, client secrets); their
 * messages and hints must never repeat them, however the value is broken.
 */
class AzureSecretsTest {
  private static final String SA_SECRET = "Sa7~DistinctSeekrit.41f0c2e9";
  private static final String ENV_SECRET = "Env9~OtherSeekrit.7d3b1a05";

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String account(String secret, String extra) {
    return "{\"client_id\": \"pomerium\", \"client_secret\": " + secret + extra + "}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"bare", "url-safe", "double", "unknown-field", "not-json"})
  void noFindingRepeatsTheSecret(String breakage) throws Exception {
    String value =
        switch (breakage) {
          case "bare" -> b64(account(SA_SECRET, ""));
          case "url-safe" -> Base64.getUrlEncoder().encodeToString(account("\"" + SA_SECRET + "??>\"", "").getBytes(StandardCharsets.UTF_8));
          case "double" -> b64(b64(account("\"" + SA_SECRET + "\"", "")));
          case "unknown-field" -> b64(account("\"x\"", ", \"" + SA_SECRET + "\": \"" + SA_SECRET + "\""));
          default -> b64(SA_SECRET);
        };
    String config =
        String.join(
            "\n",
            "authenticate_service_url: https://authenticate.example.com",
            "idp_provider: azure",
            "idp_provider_url: https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/",
            "idp_client_id: 07c75631-f770-4561-8f6b-4356e397c699",
            "idp_service_account: " + value,
            "");
    LintOptions options =
        LintOptions.builder()
            .pomeriumVersion("0.19")
            .environment(Map.of("IDP_CLIENT_SECRET", "5c3a0b7e-2f0e-4a59-9d1b-" + "0b8e8f3f6e21", "X", ENV_SECRET))
            .build();
    LintResult result = PomeriumLint.lint("config.yaml", config, options);
    assertThat(result.diagnostics()).extracting(d -> d.rule()).contains("service-account-invalid", "azure-client-credentials");

    StringBuilder json = new StringBuilder();
    new JsonRenderer().render(result, json);
    StringBuilder text = new StringBuilder();
    new TextRenderer(false).render(result, text);
    for (String output : new String[] {json.toString(), text.toString()}) {
      assertThat(output).doesNotContain(SA_SECRET).doesNotContain(ENV_SECRET).doesNotContain("0b8e8f3f6e21");
    }
    // JSON has no source snippets, so not even the encoded value may appear there.
    assertThat(json.toString()).doesNotContain(value);
  }
}
