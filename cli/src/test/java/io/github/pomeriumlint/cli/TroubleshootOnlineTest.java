package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code troubleshoot --user ... --online} against a Graph and token endpoint played by MockWebServer. */
class TroubleshootOnlineTest {
  private static final String TENANT = "0b7e0f2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
  private static final String SECRET = "s3cr3t-value-never-printed";
  private static final String OID = "6e7b768e-07e2-4810-8459-485f84f8f204";
  private static final String GROUP = "3f1c0e6a-2b4d-4c8e-9f7a-6b5c4d3e2f1a";

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
  private Path config;

  @BeforeEach
  void start() throws Exception {
    server.start();
    config = dir.resolve("config.yaml");
    Files.writeString(config, """
        idp_provider: azure
        idp_provider_url: http://localhost:%d/%s/v2.0
        idp_client_id: 5f2e4c1a-7b3d-4e8f-9a0b-1c2d3e4f5a6b
        idp_client_secret: %s
        routes:
          - from: https://app.contoso.com
            to: http://app:8080
            allowed_users:
              - adele@contoso.com
            policy:
              allow:
                or:
                  - claim/groups: %s
        """.formatted(server.getPort(), TENANT, SECRET, GROUP));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }

  private CliRun troubleshoot(String... extra) {
    String[] base = {"troubleshoot", "--url", "https://app.contoso.com/", "--user", "adele@contoso.onmicrosoft.com", "--online",
        "--graph-url", "http://localhost:" + server.getPort()};
    String[] args = new String[base.length + extra.length + 1];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    args[args.length - 1] = config.toString();
    return CliRun.of(args);
  }

  @Test
  void aUserWithoutMailIsExplainedAndAllowedThroughTheirGroup() throws Exception {
    server.enqueue(json("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"eyJ0eXAi.payload.sig\"}"));
    server.enqueue(json("{\"value\":[{\"id\":\"" + OID + "\",\"userPrincipalName\":\"adele@contoso.onmicrosoft.com\",\"mail\":null}]}"));
    server.enqueue(json("{\"value\":[{\"@odata.type\":\"#microsoft.graph.group\",\"id\":\"" + GROUP + "\"}]}"));

    CliRun run = troubleshoot("--trust-host", "localhost:" + server.getPort());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .startsWith("allow: adele@contoso.onmicrosoft.com without email (user id " + OID + ")")
        .contains("note: the directory has no mail address for adele@contoso.onmicrosoft.com")
        .contains("cannot match  allowed_users adele@contoso.com as email: the user has no email claim; Pomerium never uses the UPN adele@contoso.onmicrosoft.com instead")
        .contains("matched       claim/groups " + GROUP)
        .contains("reasons: claim-ok")
        .doesNotContain(SECRET);

    RecordedRequest token = server.takeRequest();
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getUrl().encodedPath()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
    assertThat(token.getBody().utf8()).contains("grant_type=client_credentials").contains("client_secret=" + SECRET);
    RecordedRequest user = server.takeRequest();
    assertThat(user.getUrl().queryParameter("$filter"))
        .isEqualTo("userPrincipalName eq 'adele@contoso.onmicrosoft.com' or mail eq 'adele@contoso.onmicrosoft.com'");
    assertThat(user.getHeaders().get("Authorization")).isEqualTo("Bearer eyJ0eXAi.payload.sig");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1.0/users/" + OID + "/transitiveMemberOf/microsoft.graph.group");
  }

  @Test
  void aUserWithoutMailOrGroupGetsTheObjectIdFix() throws Exception {
    server.enqueue(json("{\"access_token\":\"t.o.k\"}"));
    server.enqueue(json("{\"value\":[{\"id\":\"" + OID + "\",\"userPrincipalName\":\"adele@contoso.onmicrosoft.com\"}]}"));
    server.enqueue(json("{\"value\":[]}"));

    CliRun run = troubleshoot("--trust-host", "localhost:" + server.getPort(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"decision\" : \"deny\"")
        .contains("\"upn\" : \"adele@contoso.onmicrosoft.com\"")
        .contains("add 'user: {is: " + OID + "}'")
        .contains("or give the account a mail address");
  }

  @Test
  void theSecretOfIdpClientSecretFileIsReadBesideTheConfig() throws Exception {
    Files.writeString(dir.resolve("client-secret"), SECRET);
    Files.writeString(config, Files.readString(config).replace("idp_client_secret: " + SECRET, "idp_client_secret_file: client-secret"));
    server.enqueue(json("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"eyJ0eXAi.payload.sig\"}"));
    server.enqueue(json("{\"value\":[{\"id\":\"" + OID + "\",\"userPrincipalName\":\"adele@contoso.onmicrosoft.com\",\"mail\":null}]}"));
    server.enqueue(json("{\"value\":[{\"@odata.type\":\"#microsoft.graph.group\",\"id\":\"" + GROUP + "\"}]}"));

    CliRun run = troubleshoot("--trust-host", "localhost:" + server.getPort());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(server.takeRequest().getBody().utf8()).contains("client_secret=" + SECRET);
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
  }

  @Test
  void anUnreadableIdpClientSecretFileExitsThree() throws Exception {
    Files.writeString(config, Files.readString(config).replace("idp_client_secret: " + SECRET, "idp_client_secret_file: missing"));

    CliRun run = troubleshoot("--trust-host", "localhost:" + server.getPort());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("idp_client_secret_file cannot be read");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUntrustedTestHostIsNeverContactedAndExitsThree() {
    CliRun run = troubleshoot();

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("not contacted").contains("--trust-host").doesNotContain(SECRET);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUnknownUserExitsThree() {
    server.enqueue(json("{\"access_token\":\"t.o.k\"}"));
    server.enqueue(json("{\"value\":[]}"));

    CliRun run = troubleshoot("--trust-host", "localhost:" + server.getPort());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("Microsoft Graph has no user whose UPN or mail is adele@contoso.onmicrosoft.com");
  }

  @Test
  void refusedCredentialsExitThreeWithTheAadstsCode() {
    server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
        .body("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\",\"error_codes\":[7000215]}")
        .build());

    CliRun run = troubleshoot("--trust-host", "localhost:" + server.getPort());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("invalid_client (AADSTS7000215)").doesNotContain(SECRET);
  }
}
