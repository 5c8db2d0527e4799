package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.online.FakeEntra;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --online} end to end against a loopback Microsoft double trusted with --trust-host. */
class CheckOnlineTest {
  @TempDir Path dir;
  private FakeEntra entra;

  @BeforeEach
  void start() throws Exception {
    entra = new FakeEntra();
  }

  @AfterEach
  void stop() {
    entra.close();
  }

  private Path config() throws Exception {
    Path file = dir.resolve("pomerium.yaml");
    Files.writeString(file, entra.config(entra.providerUrl(), "", "- email:\n    is: alice@corp.example.com"));
    return file;
  }

  private CliRun check(String... extra) throws Exception {
    String[] args = new String[extra.length + 6];
    System.arraycopy(new String[] {"check", "--online", "--trust-host", entra.hostPort(), "--graph-url", entra.base()}, 0, args, 0, 6);
    System.arraycopy(extra, 0, args, 6, extra.length);
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = config().toString();
    return CliRun.of(all);
  }

  // The loopback provider URL is itself an offline azure-provider-url error, so the exit-code tests
  // look past offline findings with --fail-on none.
  @Test
  void aHealthyTenantExitsZero() throws Exception {
    CliRun run = check("--fail-on", "none");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(entra.paths()).contains("POST /" + FakeEntra.TENANT + "/oauth2/v2.0/token");
  }

  @Test
  void anUnreachableServiceExitsThree() throws Exception {
    entra.routes.put("/" + FakeEntra.TENANT + "/v2.0/.well-known/openid-configuration", r -> FakeEntra.json(502, "{}"));
    CliRun run = check("--format", "json", "--fail-on", "none");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("\"online-check-failed\"").contains("answered HTTP 502");
    assertThat(run.out()).doesNotContain(FakeEntra.SECRET);
  }

  @Test
  void rejectedCredentialsExitOne() throws Exception {
    entra.routes.put("/" + FakeEntra.TENANT + "/oauth2/v2.0/token",
        r -> FakeEntra.tokenError(401, "invalid_client", 7000222, "The provided client secret keys for app are expired."));
    CliRun run = check("--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"azure-credentials-rejected\"").contains("AADSTS7000222").doesNotContain(FakeEntra.SECRET);
  }

  @Test
  void aBadGraphUrlOrTimeoutIsUsageError() throws Exception {
    Path file = config();
    assertThat(CliRun.of("check", "--online", "--graph-url", "graph.example", file.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check", "--online", "--timeout", "0", file.toString()).exitCode()).isEqualTo(2);
    assertThat(entra.requests).isEmpty();
  }

  @Test
  void showUsersListsEveryUserWithoutEmail() throws Exception {
    StringBuilder users = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      users.append(i == 0 ? "" : ",").append("{\"id\":\"u").append(i).append("\",\"userPrincipalName\":\"u").append(i).append("@t.onmicrosoft.com\",\"mail\":null}");
    }
    entra.routes.put("/v1.0/users", r -> FakeEntra.json(200, "{\"value\":[" + users + "]}"));
    assertThat(check().out()).contains("8 directory users have no mail address").doesNotContain("u7@").contains(", ...");
    assertThat(check("--show-users").out()).contains("u7@t.onmicrosoft.com").doesNotContain(", ...");
  }
}
