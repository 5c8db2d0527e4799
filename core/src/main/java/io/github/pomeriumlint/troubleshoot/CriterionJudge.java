package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.pomerium.PplCriteria;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.IpRange;
import io.github.pomeriumlint.pomerium.values.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges one criterion as Pomerium's authorize service would for one user and URL
 * ({@code pkg/policy/criteria}): {@code email} and {@code domain} read the email claim only,
 * {@code user} the session's user id (the object id for Azure), comparisons are exact.
 */
final class CriterionJudge {
  private static final Pattern GUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Criteria that read the session, which a visitor who is not signed in does not have. */
  private static final Set<String> NEED_SESSION = Set.of("authenticated_user", "email", "domain", "user", "claim", "claims", "groups");

  private final User user;
  private final Target target;
  private final boolean azure;
  private final PomeriumVersion version;

  CriterionJudge(User user, Target target, boolean azure, PomeriumVersion version) {
    this.user = user;
    this.target = target;
    this.azure = azure;
    this.version = version;
  }

  CriterionCheck judge(Action action, Criterion c) {
    String name = c.name();
    Optional<PplCriteria.CriterionDef> def = PplCriteria.find(name);
    if (def.isEmpty() || !def.get().existsIn(version)) {
      String why = def.map(d -> "Pomerium " + version + " does not know the criterion '" + name + "' (" + d.releases() + ")")
          .orElse(PplCriteria.enterpriseOnly(name)
              ? "'" + name + "' is a criterion of Pomerium Enterprise only"
              : "Pomerium knows no criterion '" + name + "'");
      return check(action, c, Outcome.CANNOT_MATCH, why + ", so it refuses this policy", null);
    }
    if (!user.signedIn() && NEED_SESSION.contains(name)) {
      return check(action, c, Outcome.NOT_MATCHED, "the user is not signed in (Pomerium sends them to sign in first)", "user-unauthenticated");
    }
    return switch (name) {
      case "accept" -> check(action, c, Outcome.MATCHED, "accept lets everyone in", "accept");
      case "reject" -> check(action, c, Outcome.NOT_MATCHED, "reject never matches", "reject");
      case "authenticated_user" -> check(action, c, Outcome.MATCHED, "the user is signed in", "user-ok");
      case "cors_preflight" -> check(action, c, Outcome.NOT_MATCHED, "the request is not a CORS preflight", "non-cors-request");
      case "email" -> identity(action, c, user.email(), "email", "the user has no email claim" + upnNote());
      case "domain" -> identity(action, c, user.domain(), "domain", "the user has no email claim, so no domain" + upnNote());
      case "user" -> userId(action, c);
      case "claim", "claims" -> claim(action, c);
      case "groups" -> groups(action, c, def.get());
      case "http_path" -> fromMatcher(action, c, Matchers.string(c.value(), target.path()), "http-path", "");
      case "http_method" -> fromMatcher(action, c, Matchers.string(c.value(), target.method()), "http-method",
          " (for a " + target.method() + " request; --method gives another)");
      case "source_ip" -> sourceIp(action, c);
      default -> check(action, c, Outcome.NOT_MATCHED,
          "troubleshoot cannot see the request's " + name.replace('_', ' ') + "; assumed not to match", null);
    };
  }

  /** {@code source_ip}: any of the ranges (a CIDR or one address each) holds the client's address. */
  private CriterionCheck sourceIp(Action action, Criterion c) {
    List<Node> items = c.value() instanceof ListNode list ? list.items() : List.of(c.value());
    List<IpRange> ranges = new ArrayList<>();
    for (Node item : items) {
      Parsed<IpRange> range = item instanceof ScalarNode s ? IpRange.parse(s.text()) : Parsed.fail("expected string value");
      if (!range.isOk()) {
        return check(action, c, Outcome.CANNOT_MATCH, "Pomerium refuses this matcher: " + range.error(), null);
      }
      ranges.add(range.value());
    }
    if (target.sourceIp().isEmpty()) {
      return check(action, c, Outcome.NOT_MATCHED,
          "troubleshoot does not know the client's address (give --source-ip); assumed not to match", null);
    }
    byte[] ip = target.sourceIp().get();
    boolean inside = ranges.stream().anyMatch(r -> r.contains(ip));
    String written = CriterionCheck.matcherText(c.value());
    String address = IpRange.text(ip);
    return inside
        ? check(action, c, Outcome.MATCHED, "'" + address + "' is in " + written, "source-ip-ok")
        : check(action, c, Outcome.NOT_MATCHED, "'" + address + "' is not in " + written, "source-ip-unauthorized");
  }

  /** {@code email} and {@code domain}: an absent email compares as "" (Rego's default), so {@code not} can still match. */
  private CriterionCheck identity(Action action, Criterion c, Optional<String> actual, String kind, String absent) {
    Matchers.Result r = Matchers.string(c.value(), actual.orElse(""));
    if (r.error().isEmpty() && !r.matched() && actual.isEmpty()) {
      return check(action, c, Outcome.CANNOT_MATCH, absent, kind + "-unauthorized");
    }
    return fromMatcher(action, c, r, kind, "");
  }

  private CriterionCheck userId(Action action, Criterion c) {
    Matchers.Result r = Matchers.string(c.value(), user.userId().orElse(""));
    if (r.error().isEmpty() && !r.matched()) {
      String written = CriterionCheck.matcherText(c.value());
      if (azure && written.contains("@")) {
        CriterionCheck check = check(action, c, Outcome.CANNOT_MATCH,
            "Azure user ids are object ids (GUIDs), so an address never equals one", "user-unauthorized");
        // allowed_users lists addresses on purpose: its email half is the one that can match
        return c.legacy() ? check : check.withHint("put the user's object id here" + user.userId().map(id -> " (" + id + ")").orElse(""));
      }
      if (user.userId().isEmpty()) {
        return check(action, c, Outcome.NOT_MATCHED, "the user id is not known (give --user-id)", "user-unauthorized");
      }
    }
    return fromMatcher(action, c, r, "user", "");
  }

  private CriterionCheck claim(Action action, Criterion c) {
    if (c.subPath().isEmpty() || c.subPath().get().isBlank()) {
      return check(action, c, Outcome.CANNOT_MATCH, "claim needs a claim name: claim/<name>", "claim-unauthorized");
    }
    String name = c.subPath().get();
    List<String> values = user.claims().get(name);
    String note = "";
    if (values == null && name.equals("groups") && user.groupIds().isPresent()) {
      values = user.groupIds().get();
      note = " (the directory's group ids, if the ID token carries the groups claim as group ids)";
    }
    if (values == null) {
      values = List.of();
      note = " (the user has no " + name + " claim)";
    }
    Matchers.Result r = Matchers.list(c.value(), values);
    if (r.error().isEmpty() && !r.matched() && azure && name.equals("groups")) {
      String written = CriterionCheck.matcherText(c.value());
      if (!GUID.matcher(written).find()) {
        return check(action, c, Outcome.CANNOT_MATCH,
                "Entra ID puts group object ids in the groups claim, never names like '" + written + "'", "claim-unauthorized")
            .withHint("put the object id of the group '" + written + "' here (Entra ID shows it on the group's overview)");
      }
    }
    return fromMatcher(action, c, r, "claim", note);
  }

  /**
   * Before its removal the groups criterion matched the directory's groups, which Graph tells us;
   * since its return it reads data only Enterprise syncs.
   */
  private CriterionCheck groups(Action action, Criterion c, PplCriteria.CriterionDef def) {
    boolean directorySync = def.removedIn() != null && version.compareTo(def.removedIn()) < 0;
    if (directorySync && user.groupIds().isPresent()) {
      return fromMatcher(action, c, Matchers.list(c.value(), user.groupIds().get()), "groups", " (the directory's group ids)");
    }
    return check(action, c, Outcome.CANNOT_MATCH, directorySync
        ? "the groups criterion reads directory groups, which troubleshoot knows only with --online"
        : "the groups criterion " + def.note() + "; use claim/groups", "groups-unauthorized");
  }

  private CriterionCheck fromMatcher(Action action, Criterion c, Matchers.Result r, String kind, String note) {
    if (r.error().isPresent()) {
      return check(action, c, Outcome.CANNOT_MATCH, "Pomerium refuses this matcher: " + r.error().get(), null);
    }
    return new CriterionCheck(action, c, r.matched() ? Outcome.MATCHED : Outcome.NOT_MATCHED, r.why() + note,
        Optional.of(kind + (r.matched() ? "-ok" : "-unauthorized")),
        r.rightCase().map(right -> "write '" + right + "' exactly as the identity provider sends it"));
  }

  private String upnNote() {
    return user.upn().map(u -> "; Pomerium never uses the UPN " + u + " instead").orElse("; Pomerium does not fall back to the UPN");
  }

  private static CriterionCheck check(Action action, Criterion c, Outcome outcome, String why, String reason) {
    return new CriterionCheck(action, c, outcome, why, Optional.ofNullable(reason), Optional.empty());
  }
}
