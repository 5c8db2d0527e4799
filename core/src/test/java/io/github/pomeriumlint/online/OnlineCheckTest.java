package io.github.pomeriumlint.online;

import static io.github.pomeriumlint.online.FakeEntra.CLIENT_ID;
import static io.github.pomeriumlint.online.FakeEntra.GROUP_ID;
import static io.github.pomeriumlint.online.FakeEntra.SECRET;
import static io.github.pomeriumlint.online.FakeEntra.TENANT;
import static io.github.pomeriumlint.api.Severity.ERROR;
import static io.github.pomeriumlint.api.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.report.JsonRenderer;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnlineCheckTest {
  private static final Set<String> ONLINE_IDS =
      OnlineRules.all().stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());

  private FakeEntra entra;

  @BeforeEach
  void start() throws Exception {
    entra = new FakeEntra();
  }

  @AfterEach
  void stop() {
    entra.close();
  }

  private String config(String providerUrl, String extra) {
    // line 5 holds the extra option, or a comment: the lines findings are asserted on stay put
    return entra.config(providerUrl, extra.isEmpty() ? "# no extra option" : extra, "- domain:\n    is: corp.example.com\n- groups:\n    has: " + GROUP_ID);
  }

  private LintOptions.Builder options() {
    return LintOptions.builder().online(true).trustHost(entra.hostPort()).graphUrl(entra.base()).timeout(Duration.ofSeconds(2));
  }

  private LintResult lint(String config) throws Exception {
    return lint(config, options().build());
  }

  private LintResult lint(String config, LintOptions options) throws Exception {
    LintResult result = PomeriumLint.lint("config.yaml", config, options);
    assertNoSecretIn(result);
    return result;
  }

  /** The online findings as "line rule:severity message". */
  private static List<String> online(LintResult result) {
    return result.diagnostics().stream()
        .filter(d -> ONLINE_IDS.contains(d.rule()) || d.rule().equals("azure-group-not-id"))
        .map(d -> d.line() + " " + d.rule() + ":" + d.severity().name().toLowerCase() + " " + d.message())
        .toList();
  }

  /** Nothing the tool says carries a secret, not even the source line a text report quotes. */
  private void assertNoSecretIn(LintResult result) throws java.io.IOException {
    StringWriter text = new StringWriter();
    new io.github.pomeriumlint.report.TextRenderer(false).render(result, text);
    StringWriter json = new StringWriter();
    new JsonRenderer().render(result, json);
    String token = entra.accessToken();
    for (String out : List.of(text.toString(), json.toString(), String.join("\n", result.incomplete()))) {
      assertThat(out).doesNotContain(SECRET).doesNotContain(token).doesNotContain(token.split("\\.")[0]);
    }
  }

  @Test
  void aHealthyTenantGivesNoFindingAndTheChainRunsDiscoveryTokenGraph() throws Exception {
    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).isEmpty();
    assertThat(result.incomplete()).isEmpty();
    assertThat(entra.paths()).containsExactlyInAnyOrder(
        "GET /" + TENANT + "/v2.0/.well-known/openid-configuration",
        "POST /" + TENANT + "/oauth2/v2.0/token",
        "GET /v1.0/users",
        "GET /v1.0/groups/" + GROUP_ID);
    RecordedRequest token = entra.requests.stream().filter(r -> r.getMethod().equals("POST")).findFirst().orElseThrow();
    String form = token.getBody().utf8();
    assertThat(form).contains("grant_type=client_credentials", "client_id=" + CLIENT_ID, "scope=" + entra.base().replace(":", "%3A").replace("/", "%2F"));
    assertThat(token.getUrl().query()).isNull();
    entra.requests.stream().filter(r -> r.getMethod().equals("GET") && r.getUrl().encodedPath().startsWith("/v1.0"))
        .forEach(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + entra.accessToken()));
  }

  @Test
  void anIssuerThatDiffersIsReportedWithBothUrlsAndTheCorrection() throws Exception {
    String issuer = entra.base() + "/" + TENANT + "/v2.0";
    String configured = entra.base() + "/" + TENANT + "/v2.0/";
    entra.routes.put("/" + TENANT + "/v2.0/.well-known/openid-configuration", r -> FakeEntra.json(200, FakeEntra.discovery(entra.base())));

    LintResult result = lint(config(configured, ""));

    assertThat(online(result)).contains("2 azure-issuer-mismatch:error the discovery document's issuer '" + issuer
        + "' differs from idp_provider_url '" + configured + "', so Pomerium refuses to start");
    Diagnostic d = result.diagnostics().stream().filter(x -> x.rule().equals("azure-issuer-mismatch")).findFirst().orElseThrow();
    assertThat(d.hint()).isEqualTo("set idp_provider_url: " + issuer);
    assertThat(d.column()).isEqualTo(19);
  }

  @Test
  void anUnknownTenantIsItsOwnFinding() throws Exception {
    entra.routes.put("/" + TENANT + "/v2.0/.well-known/openid-configuration", r -> FakeEntra.json(400,
        "{\"error\":\"invalid_tenant\",\"error_description\":\"AADSTS90002: Tenant '" + TENANT + "' not found.\",\"error_codes\":[90002]}"));

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).singleElement().asString()
        .startsWith("2 azure-discovery-failed:error Microsoft does not know the tenant of idp_provider_url (AADSTS90002)");
    assertThat(entra.paths()).hasSize(1);
  }

  @Test
  void anHtmlAnswerAndAMissingFieldAreFindings() throws Exception {
    entra.routes.put("/" + TENANT + "/v2.0/.well-known/openid-configuration", r -> new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "text/html").body("<html><body>Sign in to the corporate proxy</body></html>").build());
    assertThat(online(lint(config(entra.providerUrl(), "")))).singleElement().asString()
        .contains("azure-discovery-failed:error").contains("with an HTML page");

    entra.routes.put("/" + TENANT + "/v2.0/.well-known/openid-configuration",
        r -> FakeEntra.json(200, FakeEntra.discovery(entra.base()).replace("\"jwks_uri\"", "\"jwks\"")));
    assertThat(online(lint(config(entra.providerUrl(), "")))).singleElement().asString()
        .contains("azure-discovery-failed:error").endsWith("lacks jwks_uri");
  }

  @Test
  void aTokenEndpointOnAnotherHostNeverReceivesTheSecret() throws Exception {
    entra.routes.put("/" + TENANT + "/v2.0/.well-known/openid-configuration", r -> FakeEntra.json(200,
        FakeEntra.discovery(entra.base()).replace(entra.base() + "/" + TENANT + "/oauth2/v2.0/token", "https://login.attacker.example/steal")));

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).singleElement().asString()
        .contains("azure-discovery-failed").contains("token_endpoint is on https://login.attacker.example");
    assertThat(entra.paths()).containsExactly("GET /" + TENANT + "/v2.0/.well-known/openid-configuration");
  }

  @Test
  void aProviderOnAnUntrustedHostIsNotContacted() throws Exception {
    LintOptions untrusted = LintOptions.builder().online(true).graphUrl(entra.base()).timeout(Duration.ofSeconds(2)).build();

    LintResult result = lint(config(entra.providerUrl(), ""), untrusted);

    assertThat(online(result)).singleElement().asString()
        .contains("online-check-failed:warning online check could not be completed: not contacted: http://" + entra.hostPort());
    assertThat(entra.requests).isEmpty();
    assertThat(result.incomplete()).hasSize(1);
  }

  @Test
  void aRedirectFromTheTokenEndpointIsNotFollowed() throws Exception {
    try (FakeEntra elsewhere = new FakeEntra()) {
      entra.routes.put("/" + TENANT + "/oauth2/v2.0/token", r -> new MockResponse.Builder().code(307)
          .addHeader("Location", elsewhere.base() + "/collect").build());

      LintResult result = lint(config(entra.providerUrl(), ""), options().trustHost(elsewhere.hostPort()).build());

      assertThat(online(result)).singleElement().asString().contains("online-check-failed").contains("a redirect (HTTP 307");
      assertThat(elsewhere.requests).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "401|invalid_client|7000215|Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID|4|the client secret is wrong",
      "401|invalid_client|7000222|The provided client secret keys for app are expired.|4|the client secret has expired",
      "400|unauthorized_client|700016|Application with identifier was not found in the directory.|3|no application with this client id",
      "400|invalid_request|90002|Tenant not found.|4|the tenant does not exist",
      "400|invalid_request|9001023|The grant type isn't supported over the /common or /consumers endpoints.|4|not supported on /common",
      "400|invalid_grant|65001|The user or administrator has not consented to use the application.|4|consent",
      "400|invalid_request|7000218|The request body must contain the following parameter: 'client_assertion' or 'client_secret'.|4|no client secret was sent",
      "400|invalid_grant|53003|Access has been blocked by Conditional Access policies.|4|Conditional Access",
      "400|invalid_request|123456|Something new.|4|AADSTS123456 (invalid_request)"})
  void eachAadstsCodeIsNamedAndExplained(int status, String error, int code, String text, int line, String meaning) throws Exception {
    entra.routes.put("/" + TENANT + "/oauth2/v2.0/token", r -> FakeEntra.tokenError(status, error, code, text));

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).singleElement().asString()
        .startsWith(line + " azure-credentials-rejected:error the token endpoint refused idp_client_id/idp_client_secret with AADSTS" + code + ": ")
        .contains(meaning);
    assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("azure-credentials-rejected")).singleElement()
        .satisfies(d -> assertThat(d.hint()).isNotBlank());
  }

  @Test
  void idpClientSecretFileIsSentAsPomeriumReadsItLineBreakIncluded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // like Azure: only the exact secret gets a token
    entra.routes.put("/" + TENANT + "/oauth2/v2.0/token", r -> formValue(r, "client_secret").equals(SECRET)
        ? FakeEntra.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + entra.accessToken() + "\"}")
        : FakeEntra.tokenError(401, "invalid_client", 7000215, "Invalid client secret provided."));
    java.nio.file.Files.writeString(dir.resolve("exact.txt"), SECRET);
    java.nio.file.Files.writeString(dir.resolve("echoed.txt"), SECRET + "\n");
    String fromFile = config(entra.providerUrl(), "").replace("idp_client_secret: " + SECRET, "idp_client_secret_file: FILE");

    LintResult exact = lint(java.nio.file.Files.writeString(dir.resolve("exact.yaml"), fromFile.replace("FILE", "exact.txt")));
    LintResult echoed = lint(java.nio.file.Files.writeString(dir.resolve("echoed.yaml"), fromFile.replace("FILE", "echoed.txt")));

    assertThat(online(exact)).isEmpty();
    assertThat(entra.paths()).contains("GET /v1.0/users");
    assertThat(online(echoed)).singleElement().asString()
        .startsWith("4 azure-credentials-rejected:error the token endpoint refused idp_client_id/idp_client_secret_file with AADSTS7000215");
    assertThat(echoed.diagnostics()).extracting(Diagnostic::rule).contains("client-secret-file-whitespace");
  }

  private LintResult lint(java.nio.file.Path config) throws Exception {
    LintResult result = PomeriumLint.lint(List.of(config), options().build());
    assertNoSecretIn(result);
    return result;
  }

  private static String formValue(RecordedRequest request, String name) {
    for (String pair : request.getBody().utf8().split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  @Test
  void theServiceAccountCredentialsAreCheckedOnTheirOwnTenant() throws Exception {
    String other = "11111111-2222-4333-8444-555555555555";
    String account = Base64.getEncoder().encodeToString(("{\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\"sa-" + SECRET
        + "\",\"directory_id\":\"" + other + "\"}").getBytes());
    entra.routes.put("/" + other + "/oauth2/v2.0/token", r -> FakeEntra.tokenError(401, "invalid_client", 7000222, "expired"));

    LintResult result = lint(config(entra.providerUrl(), "idp_service_account: " + account));

    assertThat(online(result)).singleElement().asString()
        .startsWith("5 azure-credentials-rejected:error the token endpoint refused the credentials of idp_service_account with AADSTS7000222");
    assertThat(entra.paths()).contains("POST /" + other + "/oauth2/v2.0/token", "POST /" + TENANT + "/oauth2/v2.0/token");
    assertThat(String.join("\n", online(result))).doesNotContain("sa-" + SECRET);
  }

  @Test
  void aTokenThatIsNotAJwtLeavesThePermissionsUnknown() throws Exception {
    entra.token = "opaque-token-value";

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).singleElement().asString()
        .isEqualTo("3 online-check-failed:warning the token for idp_client_id/idp_client_secret is not a JWT, so its permissions are unknown");
    assertThat(result.incomplete()).hasSize(1);
  }

  @Test
  void missingApplicationPermissionsAreEachReported() throws Exception {
    entra.roles = List.of("User.Read.All");

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).containsExactlyInAnyOrder(
        "3 graph-permission-missing:warning the app of idp_client_id/idp_client_secret lacks the Microsoft Graph application permission Directory.Read.All; it has User.Read.All",
        "3 graph-permission-missing:warning the app of idp_client_id/idp_client_secret lacks the Microsoft Graph application permission Group.Read.All; it has User.Read.All");
    assertThat(entra.paths()).doesNotContain("GET /v1.0/groups/" + GROUP_ID);
  }

  @Test
  void aTokenWithoutRolesMeansNoConsent() throws Exception {
    entra.roles = List.of();

    assertThat(online(lint(config(entra.providerUrl(), "")))).hasSize(3)
        .allSatisfy(f -> assertThat(f).contains("no application permission at all (admin consent not granted?)"));
  }

  @Test
  void usersWithoutEmailAreCountedNamedAndTiedToTheEmailRules() throws Exception {
    StringBuilder users = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      users.append(i == 0 ? "" : ",").append("{\"id\":\"u").append(i).append("\",\"userPrincipalName\":\"user").append(i)
          .append("@corp.onmicrosoft.com\",\"mail\":null}");
    }
    entra.routes.put("/v1.0/users", r -> FakeEntra.json(200, "{\"@odata.count\":7,\"value\":[" + users + "]}"));

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).containsExactly(
        "13 azure-user-without-email:warning 7 directory users have no mail address (user0@corp.onmicrosoft.com, user1@corp.onmicrosoft.com,"
            + " user2@corp.onmicrosoft.com, user3@corp.onmicrosoft.com, user4@corp.onmicrosoft.com, ...); they get 403 from the email or"
            + " domain rules of routes[0]");
    assertThat(online(lint(config(entra.providerUrl(), ""), options().showUsers(true).build()))).singleElement().asString()
        .contains("user6@corp.onmicrosoft.com").doesNotContain("...");
  }

  @Test
  void aLongUserScanReportsProgressThroughTheOptionsAndPagesToTheEnd() throws Exception {
    entra.usersWithoutMail(20_500);
    List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

    LintResult result = lint(config(entra.providerUrl(), ""), options().progress(progress::add).build());

    assertThat(online(result)).singleElement().asString().contains("20500 directory users have no mail address (user0@");
    assertThat(progress).containsExactly("users without email so far: 10000", "users without email so far: 20000");
    assertThat(entra.paths()).filteredOn("GET /v1.0/users"::equals).hasSize(21);
  }

  /** The online finding keeps the severity of the offline one it replaces, where that rule exists. */
  private static String groupNotId(Severity offline) {
    boolean ruleExists = io.github.pomeriumlint.rules.RuleRegistry.find("azure-group-not-id").isPresent();
    return "azure-group-not-id:" + (ruleExists ? offline : Severity.WARNING).name().toLowerCase();
  }

  @Test
  void groupsThatDoNotExistAndGroupNamesAreResolved() throws Exception {
    String unknown = "0b7e0f2a-0000-4000-8000-000000000000";
    String cfg = config(entra.providerUrl(), "").replace("has: " + GROUP_ID, "has: " + unknown)
        + "          - groups:\n              has: Engineering\n          - claim/groups: Nobody\n";
    entra.routes.put("/v1.0/groups", r -> r.getUrl().queryParameter("$filter").contains("Engineering")
        ? FakeEntra.json(200, "{\"value\":[{\"id\":\"" + GROUP_ID + "\",\"displayName\":\"Engineering\"}]}")
        : FakeEntra.json(200, "{\"value\":[]}"));

    LintResult result = lint(cfg);

    assertThat(online(result)).containsExactlyInAnyOrder(
        "15 azure-group-not-found:warning no group with id " + unknown + " exists in the directory",
        "17 " + groupNotId(WARNING) + " 'Engineering' is a group name; Pomerium matches Azure groups by object id",
        "18 " + groupNotId(ERROR) + " 'Nobody' is a group name, and no group in the directory has it; Pomerium matches Azure groups by object id");
    assertThat(result.diagnostics()).filteredOn(d -> d.line() == 17).singleElement()
        .satisfies(d -> assertThat(d.hint()).isEqualTo("use " + GROUP_ID));
  }

  @Test
  void secretsNearTheirEndAreWarnedAndExpiredOnesAreErrors() throws Exception {
    entra.roles = List.of("Directory.Read.All", "Group.Read.All", "User.Read.All", "Application.Read.All");
    Instant soon = Instant.now().plus(10, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
    entra.routes.put("/v1.0/applications", r -> FakeEntra.json(200, "{\"value\":[{\"id\":\"a\",\"appId\":\"" + CLIENT_ID + "\",\"passwordCredentials\":["
        + "{\"displayName\":\"pomerium\",\"hint\":\"" + SECRET.substring(0, 3) + "\",\"keyId\":\"k1\",\"endDateTime\":\"" + soon + "\",\"startDateTime\":\"2024-01-01T00:00:00Z\"},"
        + "{\"displayName\":\"old\",\"hint\":\"zzz\",\"keyId\":\"k2\",\"endDateTime\":\"2020-01-01T00:00:00Z\"}]}]}"));

    LintResult result = lint(config(entra.providerUrl(), ""));

    assertThat(online(result)).singleElement().asString()
        .startsWith("4 azure-client-secret-expiry:warning the client secret 'pomerium' expires on").endsWith("in 10 days");

    entra.routes.put("/v1.0/applications", r -> FakeEntra.json(200, "{\"value\":[{\"id\":\"a\",\"passwordCredentials\":["
        + "{\"displayName\":\"pomerium\",\"hint\":\"" + SECRET.substring(0, 3) + "\",\"endDateTime\":\"2020-01-01T00:00:00Z\"}]}]}"));
    assertThat(online(lint(config(entra.providerUrl(), "")))).containsExactly(
        "4 azure-client-secret-expiry:error the client secret 'pomerium' expired on 2020-01-01");
  }

  @Test
  void eachFaultClassIsItsOwnFindingAndMakesTheResultIncomplete() throws Exception {
    String discovery = "/" + TENANT + "/v2.0/.well-known/openid-configuration";
    entra.routes.put(discovery, r -> FakeEntra.json(500, "{}"));
    assertThat(faultOf()).contains("answered HTTP 500");

    entra.routes.put(discovery, r -> new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("busy").build());
    assertThat(faultOf()).contains("answered HTTP 503");

    entra.routes.put(discovery, r -> new MockResponse.Builder().body(FakeEntra.discovery(entra.base()))
        .setHeader("Content-Length", 100_000).onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build());
    assertThat(faultOf()).contains("the answer was cut off");

    entra.routes.put(discovery, r -> FakeEntra.json(200, FakeEntra.discovery(entra.base())).newBuilder()
        .headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).build());
    assertThat(faultOf(LintOptions.builder().online(true).trustHost(entra.hostPort()).timeout(Duration.ofMillis(200)).build()))
        .contains("no answer in time");

    entra.routes.put(discovery, r -> FakeEntra.json(200, FakeEntra.discovery(entra.base())));
    entra.routes.put("/v1.0/users", r -> FakeEntra.json(200, "{\"value\":[{\"id\":"));
    assertThat(faultOf()).contains("not JSON");
  }

  @Test
  void aGraphRefusalDespiteTheRolesNamesTheEndpointAndTheCode() throws Exception {
    entra.routes.put("/v1.0/users", r -> FakeEntra.graphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

    assertThat(faultOf()).contains("online-check-failed:warning online check could not be completed: " + entra.base()
        + "/v1.0/users answered HTTP 403 Authorization_RequestDenied");
  }

  @Test
  void aClosedPortIsConnectionRefused() throws Exception {
    String url = entra.providerUrl();
    LintOptions options = options().build();
    entra.close();
    LintResult result = lint(config(url, ""), options);
    assertThat(online(result)).singleElement().asString().contains("connection refused at " + entra.base());
    assertThat(result.incomplete()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "https://login.microsoftonline.com/common/v2.0, https://login.microsoftonline.com/{tenantid}/v2.0, true",
      "https://login.microsoftonline.com/common/v2.0/, https://login.microsoftonline.com/{tenantid}/v2.0, false",
      "https://login.microsoftonline.com/organizations/v2.0, https://login.microsoftonline.com/{tenantid}/v2.0, false",
      "https://login.microsoftonline.com/" + TENANT + "/v2.0, https://login.microsoftonline.com/" + TENANT + "/v2.0, true",
      "https://login.microsoftonline.com/" + TENANT + ", https://sts.windows.net/" + TENANT + "/, false"})
  void onlyTheExactDefaultCommonUrlAcceptsTheTemplatedIssuer(String configured, String issuer, boolean accepted) {
    assertThat(DiscoveryCheck.issuerAccepted(configured, issuer)).isEqualTo(accepted);
  }

  @Test
  void filesSharingAProviderAndCredentialsShareTheirCalls(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.yaml"), config(entra.providerUrl(), ""));
    java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.yaml"), config(entra.providerUrl(), ""));
    entra.routes.put("/" + TENANT + "/oauth2/v2.0/token", r -> FakeEntra.tokenError(401, "invalid_client", 7000215, "Invalid client secret provided."));

    LintResult result = PomeriumLint.lint(List.of(a, b), options().build());

    assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("azure-credentials-rejected"))
        .extracting(Diagnostic::file).containsExactly(a.toString(), b.toString());
    assertThat(entra.paths()).containsExactlyInAnyOrder(
        "GET /" + TENANT + "/v2.0/.well-known/openid-configuration", "POST /" + TENANT + "/oauth2/v2.0/token");
  }

  @Test
  void aMultiTenantUrlLeavesTheClientCredentialsUncheckedWithoutFailingTheRun() throws Exception {
    String organizations = entra.base() + "/organizations/v2.0";
    entra.routes.put("/organizations/v2.0/.well-known/openid-configuration", r -> FakeEntra.json(200,
        FakeEntra.discovery(entra.base()).replace(entra.base() + "/" + TENANT + "/v2.0", "https://login.microsoftonline.com/{tenantid}/v2.0")));

    LintResult result = lint(config(organizations, ""));

    assertThat(online(result)).containsExactlyInAnyOrder(
        "2 azure-issuer-mismatch:error the discovery document's issuer 'https://login.microsoftonline.com/{tenantid}/v2.0' differs from"
            + " idp_provider_url '" + organizations + "', so Pomerium refuses to start",
        "3 online-check-failed:info idp_client_id/idp_client_secret not checked: the provider URL names no tenant to request a token from");
    assertThat(result.incomplete()).isEmpty();
    assertThat(entra.paths()).doesNotContain("POST /organizations/oauth2/v2.0/token");
  }

  @Test
  void aTlsFailureIsItsOwnFinding() throws Exception {
    // A server that answers a TLS handshake with plain text, as a misconfigured proxy does.
    try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      plain.setSoTimeout(5_000);
      Thread answer = new Thread(() -> {
        try (java.net.Socket s = plain.accept()) {
          s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes());
        } catch (java.io.IOException ignored) {
          // the test's assertion says what went wrong
        }
      });
      answer.start();
      String hostPort = "127.0.0.1:" + plain.getLocalPort();
      LintOptions options = LintOptions.builder().online(true).trustHost(hostPort).timeout(Duration.ofSeconds(5)).build();

      LintResult result = lint(config("https://" + hostPort + "/" + TENANT + "/v2.0", ""), options);

      assertThat(online(result)).singleElement().asString()
          .contains("online-check-failed").contains("TLS handshake failed at https://" + hostPort);
      answer.join(5_000);
    }
  }

  private String faultOf() throws Exception {
    return faultOf(options().build());
  }

  private String faultOf(LintOptions options) throws Exception {
    LintResult result = lint(config(entra.providerUrl(), ""), options);
    assertThat(result.incomplete()).as("incomplete").isNotEmpty();
    return online(result).stream().filter(f -> f.contains("online-check-failed")).findFirst().orElseThrow();
  }
}
