package io.github.pomeriumlint.online;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Microsoft's identity platform and Graph on a loopback MockWebServer, answering with the shapes
 * of the fact sheet (discovery document, token errors with AADSTS codes, Graph pages and errors).
 * Each path's answer can be replaced per test.
 */
public final class FakeEntra extends Dispatcher implements AutoCloseable {
  public static final String TENANT = "db260707-7802-4dec-98d0-96446b98d6c1";
  public static final String CLIENT_ID = "07c75631-f770-4561-8f6b-4356e397c699";
  public static final String SECRET = "Xq8Q~s3cr3tValue.abcdefgh";
  public static final String GROUP_ID = "5b0c9d8e-1111-4111-8111-111111111111";

  public final MockWebServer server = new MockWebServer();
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  /** Answers by path (without query); a test replaces the ones it is about. */
  public final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();
  public volatile List<String> roles = List.of("Directory.Read.All", "Group.Read.All", "User.Read.All");
  public volatile long delayMillis;
  String token;

  public FakeEntra() throws Exception {
    server.setDispatcher(this);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    routes.put("/" + TENANT + "/v2.0/.well-known/openid-configuration", r -> json(200, discovery(base())));
    routes.put("/" + TENANT + "/oauth2/v2.0/token", r -> json(200,
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + accessToken() + "\"}"));
    routes.put("/v1.0/users", r -> json(200, "{\"@odata.context\":\"x\",\"@odata.count\":0,\"value\":[]}"));
    routes.put("/v1.0/groups/" + GROUP_ID, r -> json(200, "{\"id\":\"" + GROUP_ID + "\",\"displayName\":\"Engineering\"}"));
    routes.put("/v1.0/groups", r -> json(200, "{\"value\":[{\"id\":\"" + GROUP_ID + "\",\"displayName\":\"Engineering\"}]}"));
  }

  /** {@code http://127.0.0.1:PORT} */
  public String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  public String hostPort() {
    return "127.0.0.1:" + server.getPort();
  }

  public String providerUrl() {
    return base() + "/" + TENANT + "/v2.0";
  }

  /**
   * An Azure config signing in against this double, with one route whose {@code allow: or:} list
   * holds {@code criteria} (YAML list items, e.g. {@code "- domain:\n    is: corp.example.com"}).
   *
   * @param extraOptions top-level lines placed before {@code routes:}, or empty
   */
  public String config(String providerUrl, String extraOptions, String criteria) {
    return "idp_provider: azure\n"
        + "idp_provider_url: " + providerUrl + "\n"
        + "idp_client_id: " + CLIENT_ID + "\n"
        + "idp_client_secret: " + SECRET + "\n"
        + (extraOptions.isEmpty() ? "" : extraOptions.stripTrailing() + "\n")
        + "routes:\n"
        + "  - from: https://app.corp.example.com\n"
        + "    to: https://app.internal\n"
        + "    policy:\n"
        + "      allow:\n"
        + "        or:\n"
        + criteria.stripTrailing().indent(10);
  }

  /** The v2 tenant discovery document of the fact sheet, on {@code authority}. */
  public static String discovery(String authority) {
    String t = authority + "/" + TENANT;
    return """
        {"token_endpoint":"%1$s/oauth2/v2.0/token","token_endpoint_auth_methods_supported":["client_secret_post","private_key_jwt","client_secret_basic"],
         "jwks_uri":"%1$s/discovery/v2.0/keys","response_modes_supported":["query","fragment","form_post"],
         "subject_types_supported":["pairwise"],"id_token_signing_alg_values_supported":["RS256"],
         "response_types_supported":["code","id_token","code id_token","id_token token"],"scopes_supported":["openid","profile","email","offline_access"],
         "issuer":"%1$s/v2.0","request_uri_parameter_supported":false,"userinfo_endpoint":"https://graph.microsoft.com/oidc/userinfo",
         "authorization_endpoint":"%1$s/oauth2/v2.0/authorize","device_authorization_endpoint":"%1$s/oauth2/v2.0/devicecode",
         "http_logout_supported":true,"frontchannel_logout_supported":true,"end_session_endpoint":"%1$s/oauth2/v2.0/logout",
         "claims_supported":["sub","iss","cloud_instance_name","cloud_instance_host_name","cloud_graph_host_name","msgraph_host","aud","exp","iat","auth_time","acr","nonce","preferred_username","name","tid","ver","at_hash","c_hash","email"],
         "kerberos_endpoint":"%1$s/kerberos","tenant_region_scope":"WW","cloud_instance_name":"microsoftonline.com",
         "cloud_graph_host_name":"graph.windows.net","msgraph_host":"graph.microsoft.com","rbac_url":"https://pas.windows.net"}"""
        .formatted(t);
  }

  /** An app-only Graph token as Microsoft issues it: v1 issuer, a nonce in the header, roles. */
  public String accessToken() {
    if (token != null) {
      return token;
    }
    StringBuilder roleList = new StringBuilder();
    for (String r : roles) {
      roleList.append(roleList.length() == 0 ? "" : ",").append('"').append(r).append('"');
    }
    String header = "{\"typ\":\"JWT\",\"nonce\":\"STv_abc\",\"alg\":\"RS256\",\"x5t\":\"nOo3\",\"kid\":\"nOo3\"}";
    String payload = "{\"aud\":\"https://graph.microsoft.com\",\"iss\":\"https://sts.windows.net/" + TENANT + "/\",\"iat\":1700000000,"
        + "\"nbf\":1700000000,\"exp\":1700003899,\"app_displayname\":\"pomerium\",\"appid\":\"" + CLIENT_ID + "\",\"appidacr\":\"1\","
        + "\"idtyp\":\"app\",\"oid\":\"0d6f0b41-0000-4000-8000-000000000001\",\"tid\":\"" + TENANT + "\",\"ver\":\"1.0\""
        + (roles.isEmpty() ? "" : ",\"roles\":[" + roleList + "]") + "}";
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
  }

  /** Serves {@code count} users without mail on {@code /v1.0/users}, 999 a page, linked by {@code @odata.nextLink}. */
  public void usersWithoutMail(int count) {
    int page = 999;
    routes.put("/v1.0/users", r -> {
      String skip = r.getUrl().queryParameter("$skiptoken");
      int first = skip == null ? 0 : Integer.parseInt(skip) * page;
      StringBuilder body = new StringBuilder("{\"value\":[");
      for (int i = first; i < Math.min(count, first + page); i++) {
        body.append(i == first ? "" : ",").append("{\"id\":\"").append(i).append("\",\"userPrincipalName\":\"user")
            .append(i).append("@contoso.onmicrosoft.com\",\"mail\":null}");
      }
      body.append(']');
      if (first + page < count) {
        body.append(",\"@odata.nextLink\":\"").append(base()).append("/v1.0/users?$filter=mail%20eq%20null&$skiptoken=")
            .append(first / page + 1).append('"');
      }
      return json(200, body.append('}').toString());
    });
  }

  /** A token-endpoint refusal as captured in the wild: status, OAuth error and AADSTS code. */
  public static MockResponse tokenError(int status, String error, int code, String text) {
    return json(status, ("{\"error\":\"%s\",\"error_description\":\"AADSTS%d: %s\\r\\nTrace ID: 0000\\r\\nCorrelation ID: 0000\\r\\nTimestamp: 2024-09-26 06:09:36Z\","
        + "\"error_codes\":[%d],\"timestamp\":\"2024-09-26 06:09:36Z\",\"trace_id\":\"t\",\"correlation_id\":\"c\","
        + "\"error_uri\":\"https://login.microsoftonline.com/error?code=%d\"}").formatted(error, code, text, code, code));
  }

  public static MockResponse graphError(int status, String code, String message) {
    return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message
        + "\",\"innerError\":{\"date\":\"2022-04-24T12:48:07\",\"request-id\":\"r\",\"client-request-id\":\"c\"}}}");
  }

  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    Function<RecordedRequest, MockResponse> answer = routes.get(request.getUrl().encodedPath());
    MockResponse response = answer == null ? graphError(404, "Request_ResourceNotFound", "Resource does not exist.") : answer.apply(request);
    if (delayMillis > 0) {
      response = response.newBuilder().headersDelay(delayMillis, TimeUnit.MILLISECONDS).build();
    }
    return response;
  }

  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    requests.forEach(r -> paths.add(r.getMethod() + " " + r.getUrl().encodedPath()));
    return paths;
  }

  @Override
  public void close() {
    server.close();
  }
}
