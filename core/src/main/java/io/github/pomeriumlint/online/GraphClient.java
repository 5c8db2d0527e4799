package io.github.pomeriumlint.online;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The few Microsoft Graph (v1.0) reads the checks need, with an app-only token. Lists follow
 * {@code @odata.nextLink} to the end and re-send {@code ConsistencyLevel} on every page, which
 * Graph does not carry over; every page passes the trust policy, so a next link to another host
 * never receives the token.
 */
public final class GraphClient {
  /** A directory user. {@code mail} is null for users without a mailbox. */
  public record User(String id, String userPrincipalName, String mail) {}

  /** A directory group. */
  public record Group(String id, String displayName) {}

  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  /** Stops a service that keeps answering with a next link (100,000 users take 101 pages). */
  private static final int MAX_PAGES = 10_000;
  static final String USER_FIELDS = "id,userPrincipalName,mail";

  private final OnlineHttp http;
  private final HttpUrl base;
  private final AccessToken token;

  /** @param base the Graph root, e.g. {@code https://graph.microsoft.com} */
  public GraphClient(OnlineHttp http, HttpUrl base, AccessToken token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  public static boolean isGuid(String text) {
    return GUID.matcher(text).matches();
  }

  /** Finds a user by object id, user principal name or mail address. */
  public Optional<User> findUser(String idUpnOrMail) throws OnlineFault {
    String key = idUpnOrMail.trim();
    if (isGuid(key)) {
      OnlineHttp.Reply reply = get(url("users", key).addQueryParameter("$select", USER_FIELDS).build(), false);
      if (reply.status() == 404) {
        return Optional.empty();
      }
      return Optional.of(user(reply.okJson()));
    }
    String quoted = odataString(key);
    HttpUrl query =
        url("users")
            .addQueryParameter("$filter", "userPrincipalName eq " + quoted + " or mail eq " + quoted)
            .addQueryParameter("$select", USER_FIELDS)
            .build();
    List<User> found = new ArrayList<>();
    page(query, false, item -> found.add(user(item)));
    return found.stream().findFirst();
  }

  /** The ids of every group {@code userId} belongs to, directly or through other groups. */
  public List<String> transitiveGroupIds(String userId) throws OnlineFault {
    HttpUrl query =
        url("users", userId, "transitiveMemberOf", "microsoft.graph.group")
            .addQueryParameter("$select", "id")
            .addQueryParameter("$count", "true")
            .addQueryParameter("$top", "999")
            .build();
    List<String> ids = new ArrayList<>();
    page(query, true, item -> ids.add(item.path("id").asText()));
    return ids;
  }

  /** The group with this object id, or empty when the directory has none. */
  public Optional<Group> group(String id) throws OnlineFault {
    OnlineHttp.Reply reply = get(url("groups", id).addQueryParameter("$select", "id,displayName").build(), false);
    if (reply.status() == 404 || (reply.status() == 400 && reply.serviceCode().filter("Request_BadRequest"::equals).isPresent())) {
      return Optional.empty();
    }
    return Optional.of(group(reply.okJson()));
  }

  /** The groups whose display name is exactly {@code name}. */
  public List<Group> groupsNamed(String name) throws OnlineFault {
    HttpUrl query =
        url("groups")
            .addQueryParameter("$filter", "displayName eq " + odataString(name))
            .addQueryParameter("$select", "id,displayName")
            .build();
    List<Group> found = new ArrayList<>();
    page(query, false, item -> found.add(group(item)));
    return found;
  }

  /**
   * Streams the users without a mail address. Asks Graph to filter ({@code mail eq null}, an
   * advanced query) and falls back to reading every user when the tenant refuses that query.
   *
   * @return whether the server-side filter was used
   */
  public boolean usersWithoutMail(Consumer<User> each) throws OnlineFault {
    HttpUrl filtered =
        url("users")
            .addQueryParameter("$filter", "mail eq null")
            .addQueryParameter("$count", "true")
            .addQueryParameter("$select", USER_FIELDS)
            .addQueryParameter("$top", "999")
            .build();
    OnlineHttp.Reply first = get(filtered, true);
    if (first.ok() || !refusedAdvancedQuery(first)) {
      page(filtered, first, true, item -> each.accept(user(item)));
      return true;
    }
    HttpUrl all = url("users").addQueryParameter("$select", USER_FIELDS).addQueryParameter("$top", "999").build();
    page(all, false, item -> {
      User user = user(item);
      if (user.mail() == null || user.mail().isBlank()) {
        each.accept(user);
      }
    });
    return false;
  }

  /** The client secrets of the application {@code appId} (needs Application.Read.All). */
  public List<JsonNode> passwordCredentials(String appId) throws OnlineFault {
    HttpUrl query =
        url("applications")
            .addQueryParameter("$filter", "appId eq " + odataString(appId))
            .addQueryParameter("$select", "id,appId,passwordCredentials")
            .build();
    List<JsonNode> secrets = new ArrayList<>();
    page(query, false, app -> app.path("passwordCredentials").forEach(secrets::add));
    return secrets;
  }

  /** Tenants without advanced queries answer 400 Request_UnsupportedQuery or Request_BadRequest. */
  private static boolean refusedAdvancedQuery(OnlineHttp.Reply reply) {
    return reply.status() == 400
        && reply.serviceCode().filter(c -> c.equals("Request_UnsupportedQuery") || c.equals("Request_BadRequest")).isPresent();
  }

  private void page(HttpUrl first, boolean eventual, Consumer<JsonNode> each) throws OnlineFault {
    page(first, get(first, eventual), eventual, each);
  }

  private void page(HttpUrl first, OnlineHttp.Reply firstReply, boolean eventual, Consumer<JsonNode> each)
      throws OnlineFault {
    OnlineHttp.Reply reply = firstReply;
    for (int pages = 1; ; pages++) {
      JsonNode body = reply.okJson();
      body.path("value").forEach(each);
      String link = body.path("@odata.nextLink").asText(null);
      if (link == null || pages == MAX_PAGES) {
        return;
      }
      HttpUrl next = HttpUrl.parse(link);
      if (next == null) {
        throw OnlineFault.of(OnlineFault.Kind.BAD_JSON, first, "an unusable @odata.nextLink");
      }
      reply = get(next, eventual);
    }
  }

  private OnlineHttp.Reply get(HttpUrl url, boolean eventual) throws OnlineFault {
    Request.Builder request = new Request.Builder().url(url).header("Authorization", "Bearer " + token.value());
    if (eventual) {
      request.header("ConsistencyLevel", "eventual");
    }
    return http.send(request.build(), new OnlineHttp.Carries.Token(token.cloud()));
  }

  private HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder b = base.newBuilder().addPathSegment("v1.0");
    for (String s : segments) {
      b.addPathSegment(s);
    }
    return b;
  }

  private static String odataString(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static User user(JsonNode item) {
    return new User(item.path("id").asText(), item.path("userPrincipalName").asText(null), item.path("mail").asText(null));
  }

  private static Group group(JsonNode item) {
    return new Group(item.path("id").asText(), item.path("displayName").asText(null));
  }
}
