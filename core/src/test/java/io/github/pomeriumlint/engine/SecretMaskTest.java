package io.github.pomeriumlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.SourceFile;
import org.junit.jupiter.api.Test;

class SecretMaskTest {
  @Test
  void secretValuesAreMaskedInPlaceAndEverythingElseIsKept() {
    SourceFile file = SourceFile.of("c.yaml", """
        idp_client_secret: Xq8Q~value # keep this comment
        IDP_CLIENT_ID: 07c75631
        routes:
          - from: https://a.example.com
            idp_client_secret: "quoted-route-secret"
        certificates:
          - cert: cert.pem
            key: |
              -----BEGIN PRIVATE KEY-----
              MIIEvQIBADANBg
        """);

    String masked = String.join("\n", SecretMask.apply(file.lines(), Document.parse(file)));

    assertThat(masked).doesNotContain("Xq8Q~value", "quoted-route-secret", "MIIEvQIBADANBg", "BEGIN PRIVATE KEY")
        .contains("idp_client_secret: ********** # keep this comment", "IDP_CLIENT_ID: 07c75631", "cert: cert.pem");
  }
}
