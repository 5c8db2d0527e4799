package io.github.pomeriumlint.azure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ServiceAccountTest {
  private static final String SECRET = "Zq8Q~SeekritValue-7f3a9c.Not4Output";
  private static final String JSON =
      "{\"client_id\": \"07c75631-f770-4561-8f6b-4356e397c699\", \"client_secret\": \"" + SECRET
          + "\", \"directory_id\": \"db260707-7802-4dec-98d0-96446b98d6c1\"}";
  private static final PomeriumVersion V19 = PomeriumVersion.of("0.19");

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void standardBase64OfJsonIsValid() {
    ServiceAccount sa = ServiceAccount.decode("  " + b64(JSON) + "\n", V19);
    assertThat(sa.problems()).isEmpty();
    assertThat(sa.encoding()).isEqualTo(ServiceAccount.Encoding.BASE64);
    assertThat(sa.clientId()).contains("07c75631-f770-4561-8f6b-4356e397c699");
    assertThat(sa.clientSecret()).contains(SECRET);
    assertThat(sa.directoryId()).contains("db260707-7802-4dec-98d0-96446b98d6c1");
    assertThat(sa.toString()).doesNotContain(SECRET);
  }

  @Test
  void rawJsonOnlyFrom018() {
    assertThat(ServiceAccount.decode(JSON, V19).valid()).isTrue();
    ServiceAccount old = ServiceAccount.decode(JSON, PomeriumVersion.of("0.17"));
    assertThat(old.valid()).isFalse();
    assertThat(old.problems().get(0).message()).contains("0.18");
    assertThat(old.clientId()).isPresent();
  }

  @Test
  void recognisesWhatPeoplePasteByMistake() {
    String urlSafe = Base64.getUrlEncoder().encodeToString(("{\"client_id\":\"??>\"," + JSON.substring(1)).getBytes(StandardCharsets.UTF_8));
    assertThat(urlSafe).containsAnyOf("-", "_");
    assertThat(ServiceAccount.decode(urlSafe, V19).encoding()).isEqualTo(ServiceAccount.Encoding.BASE64_URL_SAFE);
    String unpadded = b64(JSON + " ").replace("=", "");
    assertThat(ServiceAccount.decode(unpadded, V19).encoding()).isEqualTo(ServiceAccount.Encoding.BASE64_UNPADDED);
    ServiceAccount twice = ServiceAccount.decode(b64(b64(JSON)), V19);
    assertThat(twice.encoding()).isEqualTo(ServiceAccount.Encoding.DOUBLE_BASE64);
    assertThat(twice.valid()).isFalse();
    assertThat(twice.clientId()).isPresent();
    assertThat(ServiceAccount.decode("/etc/pomerium/azure-sa.json", V19).encoding()).isEqualTo(ServiceAccount.Encoding.FILE_PATH);
    assertThat(ServiceAccount.decode("not base64 at all!", V19).encoding()).isEqualTo(ServiceAccount.Encoding.UNKNOWN);
  }

  @Test
  void aJsonErrorIsPlacedInsideTheDecodedDocumentWithoutQuotingIt() {
    String broken = "{\n  \"client_id\": \"a\",\n  \"client_secret\": " + SECRET + "\n}";
    ServiceAccount sa = ServiceAccount.decode(b64(broken), V19);
    assertThat(sa.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("line 3").doesNotContain(SECRET);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void namesMissingUnknownAndMisshapenFields() {
    String json = "{\"client_id\": \"my-app\", \"client_secret\": \"07c75631-f770-4561-8f6b-4356e397c699\", \"tenant_id\": \"x\"}";
    ServiceAccount sa = ServiceAccount.decode(json, V19);
    assertThat(sa.problems())
        .extracting(ServiceAccount.Problem::message)
        .containsExactly(
            "has a field 'tenant_id' that Pomerium ignores (did you mean 'directory_id'?)",
            "has a 'client_id' that is not a GUID",
            "has a 'client_secret' shaped like a GUID: most likely the secret's ID, not its value",
            "has no 'directory_id' (Pomerium: directory_id is required)");
    assertThat(sa.problems().get(0).at()).hasValueSatisfying(n -> assertThat(n.span().column()).isEqualTo(82));
  }

  @Test
  void fieldsMustBeStrings() {
    ServiceAccount sa = ServiceAccount.decode("{\"client_id\": 12, \"client_secret\": \"s\", \"directory_id\": \"contoso.onmicrosoft.com\"}", V19);
    assertThat(sa.problems()).extracting(ServiceAccount.Problem::message).containsExactly("has 'client_id' as an integer, but it must be a string");
  }
}
