package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pomeriumlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TroubleshootCommandTest {
  private static final String AZURE = TestPaths.testdata().resolve("troubleshoot/azure-app.yaml").toString();
  private static final String OIDC = TestPaths.testdata().resolve("troubleshoot/oidc-mixed.yaml").toString();

  @Test
  void textNamesRouteCriteriaReasonsAndFixAndExitsOneOnDeny() {
    CliRun run = CliRun.of("troubleshoot", "--url", "https://app.contoso.com/", "--email", "alice@contoso.com", AZURE);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("deny: alice@contoso.com at https://app.contoso.com/\n")
        .contains("route: routes[2] from https://app.contoso.com (" + AZURE + ":23:5)")
        .contains("  line 26:9   not matched   allowed_users Alice@contoso.com as email: 'Alice@contoso.com' differs from 'alice@contoso.com' in case")
        .contains("reasons: claim-unauthorized, domain-unauthorized, email-unauthorized, user-unauthorized\n")
        .contains("fix: write 'alice@contoso.com' exactly as the identity provider sends it, at " + AZURE + ":26:9");
    assertThat(run.out().lines().count()).as("short enough for a ticket").isLessThanOrEqualTo(15);
  }

  @Test
  void methodDecidesHttpMethodRules(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("config.yaml"), """
        routes:
          - from: https://wiki.example.com
            to: http://wiki:8080
            policy:
              - allow:
                  and:
                    - domain:
                        is: example.com
                    - http_method:
                        in: [GET, HEAD]
        """);
    String[] request = {"troubleshoot", "--url", "https://wiki.example.com/page", "--email", "ann@example.com"};

    CliRun get = CliRun.of(concat(request, config.toString()));
    CliRun post = CliRun.of(concat(request, "--method", "post", config.toString()));
    CliRun bad = CliRun.of(concat(request, "--method", "GET /", config.toString()));

    assertThat(get.exitCode()).as(get.out()).isEqualTo(0);
    assertThat(get.out()).contains("reasons: domain-ok, http-method-ok");
    assertThat(post.exitCode()).as(post.out()).isEqualTo(1);
    assertThat(post.out()).contains("not matched").contains("for a POST request").contains("http-method-unauthorized")
        .contains("fix: the allow rule that would let this user in also requires 'http_method in [GET, HEAD]' at " + config + ":9:15");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--method takes an HTTP method such as GET or POST");
  }

  @Test
  void sourceIpDecidesSourceIpRules(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("config.yaml"), """
        routes:
          - from: https://admin.example.com
            to: http://admin:8080
            policy:
              - allow:
                  and:
                    - email:
                        is: ann@example.com
                    - source_ip: [10.0.0.0/8, 2001:db8::/32]
        """);
    String[] request = {"troubleshoot", "--url", "https://admin.example.com/", "--email", "ann@example.com"};

    CliRun office = CliRun.of(concat(request, "--source-ip", "10.20.30.40", config.toString()));
    CliRun home = CliRun.of(concat(request, "--source-ip", "203.0.113.7", config.toString()));
    CliRun unknown = CliRun.of(concat(request, config.toString()));
    CliRun bad = CliRun.of(concat(request, "--source-ip", "office", config.toString()));

    assertThat(office.exitCode()).as(office.out()).isEqualTo(0);
    assertThat(office.out()).contains("'10.20.30.40' is in [10.0.0.0/8, 2001:db8::/32]").contains("reasons: email-ok, source-ip-ok");
    assertThat(home.exitCode()).isEqualTo(1);
    assertThat(home.out()).contains("'203.0.113.7' is not in [10.0.0.0/8, 2001:db8::/32]").contains("source-ip-unauthorized")
        .contains("fix: the allow rule that would let this user in also requires 'source_ip [10.0.0.0/8, 2001:db8::/32]'");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.out()).contains("give --source-ip");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--source-ip: 'office' is not an IP address");
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  @Test
  void allowExitsZero() {
    CliRun run = CliRun.of("troubleshoot", "--url", "https://app.contoso.com/", "--email", "carol@contoso.com", AZURE);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).startsWith("allow: ").contains("reasons: email-ok").doesNotContain("fix:");
  }

  @Test
  void jsonHasDecisionRouteReasonsAndPositionedCriteria() throws Exception {
    CliRun run = CliRun.of("troubleshoot", "--format", "json", "--url", "https://app.contoso.com/",
        "--user-id", "11111111-2222-4333-8444-555555555555", AZURE);

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("decision").asText()).isEqualTo("deny");
    assertThat(json.path("route").path("from").asText()).isEqualTo("https://app.contoso.com");
    assertThat(json.path("route").path("path").asText()).isEqualTo("routes[2]");
    assertThat(json.path("route").path("line").asInt()).isEqualTo(23);
    assertThat(json.path("reasons").toString())
        .isEqualTo("[\"claim-unauthorized\",\"domain-unauthorized\",\"email-unauthorized\",\"user-unauthorized\"]");
    JsonNode carolAsEmail = null;
    for (JsonNode c : json.path("criteria")) {
      if (c.path("line").asInt() == 27 && c.path("criterion").asText().equals("email")) {
        carolAsEmail = c;
      }
    }
    assertThat(carolAsEmail).isNotNull();
    assertThat(carolAsEmail.path("outcome").asText()).isEqualTo("cannot-match");
    assertThat(carolAsEmail.path("rule").asText()).isEqualTo("allow");
    assertThat(carolAsEmail.path("column").asInt()).isEqualTo(9);
    assertThat(carolAsEmail.path("path").asText()).isEqualTo("routes[2].allowed_users[1]");
    assertThat(carolAsEmail.path("why").asText()).contains("no email claim");
    assertThat(carolAsEmail.path("reason").asText()).isEqualTo("email-unauthorized");
    assertThat(json.path("fix").asText()).contains("user: {is: 11111111-2222-4333-8444-555555555555}");
  }

  @Test
  void jsonForNoRouteListsTheNearestRoutes() throws Exception {
    CliRun run = CliRun.of("troubleshoot", "--format", "json", "--url", "https://api.contoso.com/v2/items", "--email", "bob@contoso.com", AZURE);

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("decision").asText()).isEqualTo("no-route");
    assertThat(json.path("route").isNull()).isTrue();
    assertThat(json.path("reasons").toString()).isEqualTo("[\"route-not-found\"]");
    assertThat(json.path("nearby")).hasSize(1);
    assertThat(json.path("nearby").get(0).path("from").asText()).isEqualTo("https://api.contoso.com");
    assertThat(json.path("nearby").get(0).path("why").asText()).isEqualTo("prefix '/v1/' does not match /v2/items");
  }

  @Test
  void sameInputGivesByteIdenticalJson() {
    String[] args = {"troubleshoot", "--format", "json", "--url", "tcp+https://redis.example.com:6379", "--email", "ann@example.com",
        "--claim", "groups=dev", "--claim", "groups=ops", OIDC};
    CliRun first = CliRun.of(args);
    assertThat(first.exitCode()).isEqualTo(0);
    assertThat(CliRun.of(args).out()).isEqualTo(first.out());
    assertThat(first.out()).contains("\"groups\" : [ \"dev\", \"ops\" ]");
  }

  @Test
  void orderingNoteExplainsWhyAnEarlierRouteLost() {
    CliRun run = CliRun.of("troubleshoot", "--url", "https://wiki.contoso.com/admin/users", "--email", "bob@contoso.com", AZURE);

    assertThat(run.out())
        .contains("route: routes[1] from https://wiki.contoso.com")
        .contains("note: routes[0] (line 10, from https://wiki.contoso.com) matches too and comes first in the file");
  }

  @Test
  void aConfigThatDoesNotParseExitsTwoWithItsPosition(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "routes:\n  - from: *oops\n");
    CliRun run = CliRun.of("troubleshoot", "--url", "https://a/", "--email", "a@b.c", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ":2:11: the config does not parse").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("troubleshoot", "--email", "a@b.c", AZURE).exitCode()).as("no --url").isEqualTo(2);
    assertThat(CliRun.of("troubleshoot", "--url", "app.contoso.com", "--email", "a@b.c", AZURE).exitCode()).as("no scheme").isEqualTo(2);
    assertThat(CliRun.of("troubleshoot", "--url", "https://a/", "--claim", "groups", AZURE).exitCode()).as("claim without =").isEqualTo(2);
    CliRun offlineUser = CliRun.of("troubleshoot", "--url", "https://a/", "--user", "a@b.c", AZURE);
    assertThat(offlineUser.exitCode()).isEqualTo(2);
    assertThat(offlineUser.err()).contains("--user needs --online");
    CliRun missing = CliRun.of("troubleshoot", "--url", "https://a/", "--email", "a@b.c", "absent.yaml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("absent.yaml: no such file");
  }

  @Test
  void onlineSettingsAreValidatedAsForCheck() {
    for (String[] bad : new String[][] {{"--timeout", "0"}, {"--graph-url", "ftp://graph.example"}, {"--env-file", "/absent/.env"}}) {
      CliRun run = CliRun.of("troubleshoot", "--url", "https://app.contoso.com/", "--email", "a@contoso.com", bad[0], bad[1], AZURE);
      assertThat(run.exitCode()).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(run.err()).contains(bad[0]);
    }
  }
}
