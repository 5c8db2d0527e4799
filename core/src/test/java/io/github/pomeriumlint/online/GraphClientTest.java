package io.github.pomeriumlint.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphClientTest {
  private final MockWebServer server = new MockWebServer();
  private GraphClient graph;

  @BeforeEach
  void start() throws Exception {
    server.start();
    OnlineHttp http = new OnlineHttp(new TrustPolicy(Set.of("localhost:" + server.getPort())), Duration.ofSeconds(5));
    graph = new GraphClient(http, server.url("/"), new AccessToken("header.payload.sig", Optional.empty()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }

  @Test
  void findsAUserByMailWithOneFilteredQuery() throws Exception {
    server.enqueue(json(200, """
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,mail)",
         "value":[{"id":"6e7b768e-07e2-4810-8459-485f84f8f204","userPrincipalName":"adele@contoso.onmicrosoft.com","mail":"adele@contoso.com"}]}"""));

    Optional<GraphClient.User> user = graph.findUser("adele@contoso.com");

    assertThat(user).contains(new GraphClient.User("6e7b768e-07e2-4810-8459-485f84f8f204", "adele@contoso.onmicrosoft.com", "adele@contoso.com"));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1.0/users");
    assertThat(request.getUrl().queryParameter("$filter"))
        .isEqualTo("userPrincipalName eq 'adele@contoso.com' or mail eq 'adele@contoso.com'");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer header.payload.sig");
  }

  @Test
  void quotesInANameCannotBreakOutOfTheFilter() throws Exception {
    server.enqueue(json(200, "{\"value\":[]}"));

    assertThat(graph.findUser("o'brien@contoso.com")).isEmpty();

    assertThat(server.takeRequest().getUrl().queryParameter("$filter")).contains("'o''brien@contoso.com'");
  }

  @Test
  void findsAUserByObjectIdAndReportsAnUnknownOneAsEmpty() throws Exception {
    server.enqueue(json(404, """
        {"error":{"code":"Request_ResourceNotFound","message":"Resource '0b7e0f2a-0000-4000-8000-000000000000' does not exist or one of its queried reference-property objects are not present.","innerError":{"date":"2024-01-01T00:00:00","request-id":"r","client-request-id":"c"}}}"""));

    assertThat(graph.findUser("0b7e0f2a-0000-4000-8000-000000000000")).isEmpty();
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1.0/users/0b7e0f2a-0000-4000-8000-000000000000");
  }

  @Test
  void transitiveGroupsFollowEveryNextLinkAndResendConsistencyLevel() throws Exception {
    server.enqueue(json(200, "{\"@odata.count\":3,\"value\":[{\"@odata.type\":\"#microsoft.graph.group\",\"id\":\"g1\"},{\"@odata.type\":\"#microsoft.graph.group\",\"id\":\"g2\"}],"
        + "\"@odata.nextLink\":\"" + server.url("/v1.0/users/u1/transitiveMemberOf/microsoft.graph.group?$skiptoken=X1") + "\"}"));
    server.enqueue(json(200, "{\"value\":[]," + "\"@odata.nextLink\":\"" + server.url("/v1.0/users/u1/transitiveMemberOf/microsoft.graph.group?$skiptoken=X2") + "\"}"));
    server.enqueue(json(200, "{\"value\":[{\"@odata.type\":\"#microsoft.graph.group\",\"id\":\"g3\"}]}"));

    assertThat(graph.transitiveGroupIds("u1")).containsExactly("g1", "g2", "g3");

    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v1.0/users/u1/transitiveMemberOf/microsoft.graph.group");
    assertThat(first.getUrl().queryParameter("$count")).isEqualTo("true");
    for (RecordedRequest r : List.of(first, server.takeRequest(), server.takeRequest())) {
      assertThat(r.getHeaders().get("ConsistencyLevel")).isEqualTo("eventual");
    }
  }

  @Test
  void aNextLinkToAnotherHostNeverReceivesTheToken() throws Exception {
    server.enqueue(json(200, "{\"value\":[{\"id\":\"g1\"}],\"@odata.nextLink\":\"https://graph.attacker.example/v1.0/next?$skiptoken=1\"}"));

    assertThatThrownBy(() -> graph.transitiveGroupIds("u1"))
        .isInstanceOf(OnlineFault.class)
        .hasMessageContaining("graph.attacker.example")
        .hasMessageNotContaining("header.payload.sig")
        .extracting(e -> ((OnlineFault) e).kind())
        .isEqualTo(OnlineFault.Kind.UNTRUSTED_HOST);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void usersWithoutMailUseTheServerSideFilter() throws Exception {
    server.enqueue(json(200, """
        {"@odata.count":2,"value":[{"id":"a","userPrincipalName":"admin@contoso.onmicrosoft.com","mail":null},
         {"id":"b","userPrincipalName":"svc@contoso.onmicrosoft.com","mail":null}]}"""));
    List<String> upns = new ArrayList<>();

    assertThat(graph.usersWithoutMail(u -> upns.add(u.userPrincipalName()))).isTrue();

    assertThat(upns).containsExactly("admin@contoso.onmicrosoft.com", "svc@contoso.onmicrosoft.com");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameter("$filter")).isEqualTo("mail eq null");
    assertThat(request.getUrl().queryParameter("$top")).isEqualTo("999");
    assertThat(request.getHeaders().get("ConsistencyLevel")).isEqualTo("eventual");
  }

  @Test
  void usersWithoutMailFallBackToPagingWhenTheTenantRefusesTheAdvancedQuery() throws Exception {
    server.enqueue(json(400, """
        {"error":{"code":"Request_UnsupportedQuery","message":"Unsupported Query.","innerError":{"date":"2024-01-01T00:00:00","request-id":"r","client-request-id":"c"}}}"""));
    server.enqueue(json(200, "{\"value\":[{\"id\":\"a\",\"userPrincipalName\":\"a@c.com\",\"mail\":\"a@c.com\"},{\"id\":\"b\",\"userPrincipalName\":\"b@c.com\",\"mail\":null}],"
        + "\"@odata.nextLink\":\"" + server.url("/v1.0/users?$skiptoken=p2") + "\"}"));
    server.enqueue(json(200, "{\"value\":[{\"id\":\"c\",\"userPrincipalName\":\"c@c.com\",\"mail\":\"\"}]}"));
    List<String> upns = new ArrayList<>();

    assertThat(graph.usersWithoutMail(u -> upns.add(u.userPrincipalName()))).isFalse();

    assertThat(upns).containsExactly("b@c.com", "c@c.com");
    server.takeRequest();
    RecordedRequest fallback = server.takeRequest();
    assertThat(fallback.getUrl().queryParameter("$filter")).isNull();
    assertThat(fallback.getHeaders().get("ConsistencyLevel")).isNull();
  }

  @Test
  void anUnknownGroupIsEmptyAndAKnownOneHasItsName() throws Exception {
    server.enqueue(json(404, "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"Resource 'x' does not exist or one of its queried reference-property objects are not present.\"}}"));
    server.enqueue(json(200, "{\"id\":\"5b0c9d8e-1111-4111-8111-111111111111\",\"displayName\":\"Engineering\"}"));

    assertThat(graph.group("0b7e0f2a-0000-4000-8000-000000000000")).isEmpty();
    assertThat(graph.group("5b0c9d8e-1111-4111-8111-111111111111"))
        .contains(new GraphClient.Group("5b0c9d8e-1111-4111-8111-111111111111", "Engineering"));
  }

  @Test
  void throttlingIsRetriedAfterRetryAfterABoundedNumberOfTimes() throws Exception {
    MockResponse throttled = new MockResponse.Builder().code(429).addHeader("Retry-After", "0.01").body(
        "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Please retry again later.\",\"innerError\":{\"code\":\"429\",\"status\":\"429\"}}}").build();
    server.enqueue(throttled);
    server.enqueue(json(200, "{\"id\":\"g\",\"displayName\":\"Ops\"}"));
    assertThat(graph.group("g")).map(GraphClient.Group::displayName).contains("Ops");

    for (int i = 0; i <= OnlineHttp.MAX_RETRIES; i++) {
      server.enqueue(throttled);
    }
    assertThatThrownBy(() -> graph.group("g"))
        .isInstanceOf(OnlineFault.class)
        .extracting(e -> ((OnlineFault) e).kind())
        .isEqualTo(OnlineFault.Kind.THROTTLED);
    assertThat(server.getRequestCount()).isEqualTo(2 + OnlineHttp.MAX_RETRIES + 1);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS)).isNotNull();
  }
}
