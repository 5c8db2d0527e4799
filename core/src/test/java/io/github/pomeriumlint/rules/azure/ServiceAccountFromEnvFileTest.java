package io.github.pomeriumlint.rules.azure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service account from an env file is judged there, at the variable's line, even double-encoded. */
class ServiceAccountFromEnvFileTest {
  @TempDir Path dir;

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findingsPointAtTheEnvFileLine() throws Exception {
    String account =
        "{\"client_id\":\"07c75631-f770-4561-8f6b-4356e397c699\",\"client_secret\":\"s\","
            + "\"directory_id\":\"0b1e5d2c-7a43-4f7e-9d2a-3c8f6e1b2a90\"}";
    Path env = dir.resolve(".env");
    Files.writeString(
        env,
        "IDP_PROVIDER=azure\n# the directory reader\nIDP_SERVICE_ACCOUNT="
            + b64(b64(account)) + "\n");
    Path config = dir.resolve("config.yaml");
    Files.writeString(
        config,
        "authenticate_service_url: https://authenticate.example.com\n"
            + "idp_provider_url: https://login.microsoftonline.com/db260707-7802-4dec-98d0-96446b98d6c1/v2.0\n"
            + "idp_client_id: 07c75631-f770-4561-8f6b-4356e397c699\n"
            + "idp_client_secret_file: /run/secrets/idp\n");
    LintResult result = PomeriumLint.lint(config, LintOptions.builder().pomeriumVersion("0.19").envFile(env).build());
    assertThat(result.diagnostics())
        .filteredOn(d -> d.rule().startsWith("service-account"))
        .extracting(Diagnostic::rule, Diagnostic::line, d -> Path.of(d.file()).getFileName().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("service-account-invalid", 3, ".env"),
            org.assertj.core.groups.Tuple.tuple("service-account-mismatch", 3, ".env"));
  }
}
