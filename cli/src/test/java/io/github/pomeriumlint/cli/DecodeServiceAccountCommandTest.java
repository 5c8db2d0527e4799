package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DecodeServiceAccountCommandTest {
  private static final String SECRET = "Qx7~UniqueSeekrit.0f9e8d7c6b5a";
  private static final String CLIENT = "07c75631-f770-4561-8f6b-4356e397c699";
  private static final String TENANT = "db260707-7802-4dec-98d0-96446b98d6c1";
  private static final String JSON =
      "{\"client_id\":\"" + CLIENT + "\",\"client_secret\":\"" + SECRET + "\",\"directory_id\":\"" + TENANT + "\"}";

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheDecodedDocumentWithTheSecretRedacted() {
    CliRun run = CliRun.withStdin(b64(JSON) + "\n", "decode-service-account");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("standard base64 of JSON", CLIENT, TENANT, "\"client_secret\" : \"<redacted: " + SECRET.length() + " chars>\"")
        .doesNotContain(SECRET);
  }

  @Test
  void namesWhatIsWrongAndExitsOne() {
    String json = "{\"client_id\":\"" + CLIENT + "\",\"secret\":\"" + SECRET + "\",\"tenant_id\":\"" + TENANT + "\"}";
    CliRun run = CliRun.of("decode-service-account", b64(b64(json)));
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("error: idp_service_account is base64-encoded twice")
        .contains("did you mean 'directory_id'?")
        .contains("did you mean 'client_secret'?")
        .doesNotContain(SECRET);
  }

  @Test
  void jsonForScriptsNeverHoldsTheSecret() throws Exception {
    String broken = "{\"client_id\": \"" + CLIENT + "\", \"client_secret\": " + SECRET + "}";
    for (String input : new String[] {JSON, b64(JSON), broken, b64(broken), SECRET}) {
      CliRun run = CliRun.withStdin(input, "decode-service-account", "--json", "-");
      assertThat(run.out() + run.err()).doesNotContain(SECRET);
      JsonNode result = new ObjectMapper().readTree(run.out());
      assertThat(result.get("valid").asBoolean()).isEqualTo(input == JSON || input.equals(b64(JSON)));
    }
    JsonNode broke = new ObjectMapper().readTree(CliRun.withStdin(broken, "decode-service-account", "--json").out());
    assertThat(broke.get("document").isNull()).isTrue();
    assertThat(broke.get("problems").get(0).get("message").asText()).contains("line 1, column " + (broken.indexOf(SECRET) + 1));
  }

  @Test
  void rawJsonBefore018IsAFinding() {
    CliRun run = CliRun.of("decode-service-account", "--pomerium-version", "0.17", JSON);
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("0.18").doesNotContain(SECRET);
  }

  @Test
  void aBadVersionIsAUsageError() {
    assertThat(CliRun.of("decode-service-account", "--pomerium-version", "x", JSON).exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
