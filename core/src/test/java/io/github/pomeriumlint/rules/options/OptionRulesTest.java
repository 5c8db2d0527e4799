package io.github.pomeriumlint.rules.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionRulesTest {

  @Test
  void theAzureSampleHasOnlyItsAzureInfos() throws IOException {
    LintResult result = PomeriumLint.lint(TestPaths.testdata().resolve("azure/config.yaml"), LintOptions.defaults());
    assertThat(result.diagnostics())
        .extracting(d -> d.rule() + ":" + d.severity().id() + "@" + d.line())
        .containsExactly("azure-redirect-uri:info@5", "azure-email-only-route:info@26", "azure-email-only-route:info@46");
  }

  @Test
  void secretValuesNeverAppearInMessagesOrHints() throws IOException {
    List<String> secrets =
        List.of("SharedSecretPlaceholder1", "CookieSecretPlaceholder2", "SigningKeyPlaceholder3", "MetricsUser4:pw",
            "MacKey+Placeholder5", "CertKeyPlaceholder6");
    String config =
        "shared_secret: " + secrets.get(0) + "\n"
            + "cookie_secret: \"" + secrets.get(1) + " \"\n"
            + "signing_key: " + secrets.get(2) + "\n"
            + "metrics_basic_auth: " + secrets.get(3) + "\n"
            + "autocert_eab_key_id: kid\n"
            + "autocert_eab_mac_key: " + secrets.get(4) + "\n"
            + "certificate: Y2VydA==\n"
            + "certificate_key: " + secrets.get(5) + "\n";
    LintResult result = PomeriumLint.lint("config.yaml", config, LintOptions.defaults());

    assertThat(result.diagnostics()).extracting(Diagnostic::rule)
        .contains("invalid-secret", "invalid-signing-key", "invalid-metrics-basic-auth", "autocert-settings", "invalid-certificate");
    for (Diagnostic d : result.diagnostics()) {
      for (String secret : secrets) {
        assertThat(d.message() + " " + d.hint()).as("finding %s", d.rule()).doesNotContain(secret);
      }
    }
  }

  @Test
  void environmentSecretsAreJudgedAndReportedOnTheirVariable() throws IOException {
    LintOptions options = LintOptions.builder().environment(Map.of("SHARED_SECRET", "c2hvcnQ=", "SERVICES", "authorize")).build();
    LintResult result = PomeriumLint.lint("config.yaml", "address: :443\n", options);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.rule()).isEqualTo("invalid-secret");
          assertThat(d.file()).isEqualTo("env:SHARED_SECRET");
          assertThat(d.message()).contains("5 bytes");
        });
  }

  @Test
  void sshKeyFilesReadableByOthersAreReported(@TempDir Path dir) throws IOException {
    Path key = Files.writeString(dir.resolve("host_ed25519"), "key");
    Path config = Files.writeString(dir.resolve("config.yaml"), "ssh_address: :2222\nssh_host_key_files: [host_ed25519]\n");
    assumeTrue(Files.getFileAttributeView(key, PosixFileAttributeView.class) != null, "no POSIX permissions here");

    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(PomeriumLint.lint(config, LintOptions.defaults()).diagnostics())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.rule()).isEqualTo("ssh-key-file");
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.line()).isEqualTo(2);
        });

    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    assertThat(PomeriumLint.lint(config, LintOptions.defaults()).diagnostics()).isEmpty();
  }
}
