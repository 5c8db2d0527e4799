package io.github.pomeriumlint.online;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.ppl.PolicyCriteria;
import io.github.pomeriumlint.ppl.PplParser;
import io.github.pomeriumlint.ppl.RoutePolicy;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Graph reads of one file, all at once: users without mail, each policy group, the app's secrets. */
final class GraphChecks {
  /** How many user names the finding shows without {@code --show-users}. */
  static final int SHOWN_USERS = 5;
  private static final Duration EXPIRY_WARNING = Duration.ofDays(30);
  private static final String GROUP_NOT_ID = "azure-group-not-id";
  private static final Pattern ROUTE = Pattern.compile("\\w+\\[\\d+]");

  private final OnlineCheck run;
  private final OnlineCheck.Target target;
  private final GraphClient graph;
  private final FileCheck.Grant grant;
  private final FileCheck file;

  GraphChecks(OnlineCheck run, OnlineCheck.Target target, GraphClient graph, FileCheck.Grant grant, FileCheck file) {
    this.run = run;
    this.target = target;
    this.graph = graph;
    this.grant = grant;
    this.file = file;
  }

  void run() {
    List<CompletableFuture<?>> calls = new ArrayList<>();
    if (granted("User.Read.All", "Directory.Read.All")) {
      calls.add(guarded(grant.from().at(), this::usersWithoutEmail));
    }
    if (granted("Group.Read.All", "Directory.Read.All", "GroupMember.Read.All")) {
      for (ScalarNode group : groupValues()) {
        calls.add(guarded(group, () -> checkGroup(group)));
      }
    }
    if (granted("Application.Read.All")) {
      calls.add(guarded(grant.from().secretAt(), this::secretExpiry));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
  }

  /** The group values azure-group-not-id judges offline, so that an online finding can replace the offline one. */
  private List<ScalarNode> groupValues() {
    List<ScalarNode> values = new ArrayList<>();
    for (Route route : target.routes()) {
      for (PolicyCriteria.Criterion criterion : PolicyCriteria.of(route.node(), RoutePolicy.enforced(route.node(), PplParser::parse))) {
        if (criterion.onGroups()) {
          values.addAll(criterion.values());
        }
      }
    }
    return values;
  }

  /** Which directory the answers come from: files that share it share the calls. */
  private String directory() {
    return graph.base() + " " + grant.from().clientId() + " " + grant.from().tenant();
  }

  private boolean granted(String... anyOf) {
    for (String role : anyOf) {
      if (grant.roles().contains(role)) {
        return true;
      }
    }
    return false;
  }

  private CompletableFuture<Void> guarded(Node at, OnlineCheck.Call<Void> call) {
    return run.async(call).handle((ok, error) -> {
      if (error != null) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof OnlineFault fault)) {
          throw new IllegalStateException("online check failed", cause);
        }
        file.failed(at, fault);
      }
      return null;
    });
  }

  private Void usersWithoutEmail() throws OnlineFault {
    record Scan(long count, List<String> shown) {}
    Scan scan = OnlineCheck.await(run.once("users " + directory(), () -> {
      AtomicLong count = new AtomicLong();
      List<String> shown = new ArrayList<>();
      int limit = run.options.showUsers() ? Integer.MAX_VALUE : SHOWN_USERS;
      graph.usersWithoutMail(user -> {
        long n = count.incrementAndGet();
        if (shown.size() < limit) {
          shown.add(user.userPrincipalName() == null ? user.id() : user.userPrincipalName());
        }
        if (n % 10_000 == 0) {
          run.options.progress().accept("users without email so far: " + n);
        }
      });
      return new Scan(count.get(), List.copyOf(shown));
    }));
    if (scan.count() == 0) {
      return null;
    }
    List<Node> reliant = EmailCriteria.firstOfEachRoute(target.routes());
    String users = String.join(", ", scan.shown()) + (scan.count() > scan.shown().size() ? ", ..." : "");
    String message = scan.count() + " directory user" + (scan.count() == 1 ? " has" : "s have") + " no mail address ("
        + users + ")";
    if (reliant.isEmpty()) {
      file.report(OnlineRules.USER_WITHOUT_EMAIL, Severity.INFO, grant.from().at(),
          message + "; no route here matches on email or domain, but a later one would deny them",
          "authorize by group membership rather than email" + (run.options.showUsers() ? "" : "; --show-users lists them all"));
      return null;
    }
    List<String> routes = reliant.stream().map(n -> routeOf(n.path())).distinct().toList();
    file.report(OnlineRules.USER_WITHOUT_EMAIL, reliant.get(0),
        message + "; they get 403 from the email or domain rules of " + String.join(", ", routes),
        "give them a mail address, or authorize by group membership" + (run.options.showUsers() ? "" : "; --show-users lists them all"));
    return null;
  }

  /** {@code routes[3]} of {@code routes[3].policy.allow.or[0].email}. */
  private static String routeOf(String path) {
    Matcher m = ROUTE.matcher(path);
    return m.lookingAt() ? m.group() : path;
  }

  private Void checkGroup(ScalarNode value) throws OnlineFault {
    String text = value.text().trim();
    if (GraphClient.isGuid(text)) {
      if (OnlineCheck.await(run.once("group " + text + " " + directory(), () -> graph.group(text))).isEmpty()) {
        file.report(OnlineRules.GROUP_NOT_FOUND, value, "no group with id " + text + " exists in the directory", "use the Object ID of an existing group");
      }
      return null;
    }
    List<GraphClient.Group> named = OnlineCheck.await(run.once("group named " + text + " " + directory(), () -> graph.groupsNamed(text)));
    // The offline rule flags the name; online, the finding also knows the id, and replaces it.
    Severity severity = RuleRegistry.find(GROUP_NOT_ID).map(RuleInfo::severity).orElse(Severity.WARNING);
    if (named.isEmpty()) {
      file.report(GROUP_NOT_ID, severity, value,
          "'" + text + "' is a group name, and no group in the directory has it; Pomerium matches Azure groups by object id",
          "use the Object ID of the group you mean");
      return null;
    }
    String ids = String.join(" or ", named.stream().map(GraphClient.Group::id).toList());
    file.report(GROUP_NOT_ID, severity, value, "'" + text + "' is a group name; Pomerium matches Azure groups by object id",
        named.size() == 1 ? "use " + ids : ids + " carry this name; use the id of the one you mean");
    return null;
  }

  private Void secretExpiry() throws OnlineFault {
    String secret = grant.from().secret();
    List<JsonNode> credentials = graph.passwordCredentials(grant.from().clientId());
    // The hint is the secret's first three characters: it tells which of several secrets is in use.
    List<JsonNode> inUse = credentials.stream().filter(c -> secret.startsWith(c.path("hint").asText("\0"))).toList();
    Node at = grant.from().secretAt();
    Instant now = Instant.now();
    for (JsonNode c : inUse.isEmpty() ? credentials : inUse) {
      Instant end;
      try {
        end = OffsetDateTime.parse(c.path("endDateTime").asText()).toInstant();
      } catch (DateTimeParseException e) {
        continue;
      }
      String name = c.path("displayName").asText("");
      String which = "the client secret" + (name.isEmpty() ? "" : " '" + name + "'");
      if (end.isBefore(now)) {
        file.report(OnlineRules.SECRET_EXPIRY, Severity.ERROR, at, which + " expired on " + end.toString().substring(0, 10),
            "create a new client secret and update the config");
      } else if (end.isBefore(now.plus(EXPIRY_WARNING))) {
        long days = Duration.between(now, end).toDays();
        file.report(OnlineRules.SECRET_EXPIRY, at, which + " expires on " + end.toString().substring(0, 10) + ", in " + days + " days",
            "create a new client secret and update the config before then");
      }
    }
    return null;
  }
}
