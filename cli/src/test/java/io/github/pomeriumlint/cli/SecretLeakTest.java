package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import io.github.pomeriumlint.online.FakeEntra;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeds distinctive secret values into every secret-bearing key and variable, runs the commands
 * in every format, and asserts that no value appears in anything the tool writes. The values are
 * malformed on purpose where that makes rules report on exactly those keys.
 */
class SecretLeakTest {
  /** Each value is distinctive enough that any echo of it, or of a long part of it, is caught. */
  static final List<String> SECRETS =
      List.of(
          "S3CRET-shared-9f1c2d7e",
          "S3CRET-cookie-4b8e0a61",
          "S3CRET-client-7d2f9a3c~value",
          "S3CRET-sa-client-1e5b7c9d",
          "S3CRET-env-client-6a4c2e8f",
          "S3CRET-mac-3c7e1a9b",
          "S3CRET-dsn-8e2a4c6f",
          "S3CRET-metrics-5d9b3f1a",
          "S3CRET-kube-2f6d8b4e",
          "S3CRET-route-client-9b1d5f3a",
          "S3CRET-bearer-0c4e8a2d",
          "S3CRET-mcp-7a3e9c1f");

  @TempDir static Path dir;

  static Path config() throws Exception {
    Path file = dir.resolve("config.yaml");
    if (Files.exists(file)) {
      return file;
    }
    String serviceAccount =
        Base64.getEncoder()
            .encodeToString(
                ("{\"client_id\":\"07c75631-f770-4561-8f6b-4356e397c699\",\"client_secret\":\"" + SECRETS.get(3)
                        + "\",\"tenant_id\":\"x\"}")
                    .getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        file,
        String.join(
            "\n",
            "services: authenticate",
            "authenticate_service_url: http://authenticate.example.com",
            "shared_secret: " + SECRETS.get(0),
            "cookie_secret: \" " + SECRETS.get(1) + " \"",
            "idp_provider: azure",
            "idp_provider_url: https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/",
            "idp_client_id: not-a-guid",
            "idp_client_secret: " + SECRETS.get(2),
            "idp_service_account: " + serviceAccount,
            "autocert_eab_key_id: kid",
            "autocert_eab_mac_key: " + SECRETS.get(5) + "!!",
            "databroker_storage_type: postgres",
            "databroker_storage_connection_string: postgres://user:" + SECRETS.get(6) + "@db:bad-port/x",
            "metrics_basic_auth: " + SECRETS.get(7),
            "routes:",
            "  - from: https://app.example.com/path",
            "    to: https://app.internal",
            "    kubernetes_service_account_token: " + SECRETS.get(8),
            "    kubernetes_service_account_token_file: /nonexistent/token",
            "    idp_client_secret: " + SECRETS.get(9),
            "    set_request_headers:",
            "      Authorization: Bearer " + SECRETS.get(10),
            "    mcp:",
            "      server:",
            "        upstream_oauth2:",
            "          client_id: x",
            "          client_secret: " + SECRETS.get(11),
            ""));
    Files.writeString(dir.resolve(".env"), "IDP_CLIENT_SECRET=" + SECRETS.get(4) + "\nIDP_SERVICE_ACCOUNT=" + serviceAccount + "\n");
    return file;
  }

  static String serviceAccount() throws Exception {
    return Files.readString(dir.resolve(".env")).lines()
        .filter(l -> l.startsWith("IDP_SERVICE_ACCOUNT="))
        .map(l -> l.substring("IDP_SERVICE_ACCOUNT=".length()))
        .findFirst()
        .orElseThrow();
  }

  static Stream<Arguments> runs() throws Exception {
    List<Arguments> runs = new ArrayList<>();
    String config = config().toString();
    for (OutputFormat format : OutputFormat.values()) {
      runs.add(Arguments.of(List.of("check", "--format", format.name(), config)));
      runs.add(Arguments.of(List.of("check", "--format", format.name(), "--env-file", dir.resolve(".env").toString(), config)));
    }
    runs.add(Arguments.of(List.of("decode-service-account", serviceAccount())));
    runs.add(Arguments.of(List.of("decode-service-account", "--json", serviceAccount())));
    for (String format : List.of("text", "json")) {
      runs.add(
          Arguments.of(
              List.of("troubleshoot", "--url", "https://app.example.com/path", "--email", "alice@example.com",
                  "--format", format, config)));
    }
    return runs.stream();
  }

  @ParameterizedTest
  @MethodSource("runs")
  void noSecretAppearsInAnyOutput(List<String> args) throws Exception {
    CliRun toStdout = CliRun.of(args.toArray(String[]::new));
    assertThat(toStdout.out()).as("the run must report something to be a meaningful check").isNotBlank();
    String everything = toStdout.out() + toStdout.err();
    if (args.get(0).equals("check")) {
      Path report = dir.resolve("report-" + Math.abs(args.hashCode()) + ".out");
      List<String> withOutput = new ArrayList<>(args);
      withOutput.addAll(withOutput.size() - 1, List.of("--output", report.toString()));
      CliRun toFile = CliRun.of(withOutput.toArray(String[]::new));
      everything += toFile.out() + toFile.err() + Files.readString(report);
    }
    for (String secret : SECRETS) {
      assertThat(everything).doesNotContain(secret).doesNotContain(secret.substring(7));
    }
  }

  /** Online, against a loopback Microsoft double: neither the client secret nor the app token leaks. */
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void onlineRunsLeakNeitherSecretNorToken(OutputFormat format) throws Exception {
    try (FakeEntra entra = new FakeEntra()) {
      entra.roles = List.of("User.Read.All");
      entra.usersWithoutMail(3);
      Path file = dir.resolve("online-" + format + ".yaml");
      Files.writeString(file, String.join("\n",
          "idp_provider: azure",
          "idp_provider_url: " + entra.providerUrl(),
          "idp_client_id: " + FakeEntra.CLIENT_ID,
          "idp_client_secret: " + FakeEntra.SECRET,
          "routes:",
          "  - from: https://app.corp.example.com",
          "    to: https://app.internal",
          "    allowed_domains: [corp.example.com]",
          ""));
      CliRun run =
          CliRun.of("check", "--online", "--trust-host", entra.hostPort(), "--graph-url", entra.base(),
              "--format", format.name(), "--fail-on", "none", file.toString());
      assertThat(run.out()).contains("graph-permission-missing");
      String everything = run.out() + run.err();
      assertThat(everything).doesNotContain(FakeEntra.SECRET).doesNotContain(entra.accessToken());
    }
  }

  /** The same with the secret in idp_client_secret_file, line break and all: the file's content stays in it. */
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void onlineRunsLeakNothingOfIdpClientSecretFile(OutputFormat format) throws Exception {
    try (FakeEntra entra = new FakeEntra()) {
      Files.writeString(dir.resolve("client-secret-" + format), FakeEntra.SECRET + "\n");
      Path file = dir.resolve("online-file-" + format + ".yaml");
      Files.writeString(file, String.join("\n",
          "idp_provider: azure",
          "idp_provider_url: " + entra.providerUrl(),
          "idp_client_id: " + FakeEntra.CLIENT_ID,
          "idp_client_secret_file: client-secret-" + format,
          "routes:",
          "  - from: https://app.corp.example.com",
          "    to: https://app.internal",
          "    allowed_domains: [corp.example.com]",
          ""));
      CliRun check = CliRun.of("check", "--online", "--trust-host", entra.hostPort(), "--graph-url", entra.base(),
          "--format", format.name(), "--fail-on", "none", file.toString());
      CliRun troubleshoot = CliRun.of("troubleshoot", "--url", "https://app.corp.example.com/", "--user", "adele@corp.example.com",
          "--online", "--trust-host", entra.hostPort(), "--graph-url", entra.base(), file.toString());

      assertThat(check.out()).contains("client-secret-file-whitespace");
      assertThat(entra.requests).anyMatch(r -> r.getMethod().equals("POST"));
      String everything = check.out() + check.err() + troubleshoot.out() + troubleshoot.err();
      assertThat(everything).doesNotContain(FakeEntra.SECRET).doesNotContain(entra.accessToken());
    }
  }
}
