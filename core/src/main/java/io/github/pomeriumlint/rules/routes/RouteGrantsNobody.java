package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.pomerium.RouteKeys;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * A proxied route that no one may use: no policy, no allowed users, domains or claims, and neither
 * public nor open to any signed-in user. Pomerium loads it and answers every request with 403.
 */
public final class RouteGrantsNobody extends RouteRule {
  private static final List<String> GRANTS =
      List.of("policy", "allowed_users", "allowed_domains", "allowed_idp_claims", "allowed_groups", "sub_policies");
  private static final List<String> OPEN_FLAGS =
      List.of("allow_public_unauthenticated_access", "allow_any_authenticated_user");

  public RouteGrantsNobody() {
    super(
        RuleInfo.of("route-grants-nobody", Severity.WARNING, "The route lets nobody in")
            .description(
                "A route that proxies ('to') without a policy, allowed_users, allowed_domains or"
                    + " allowed_idp_claims, and that is neither public nor open to any authenticated user, denies"
                    + " every request with 403. Often an access key was misspelt or removed (allowed_groups).")
            .bad("routes:\n  - from: https://app.example.com\n    to: https://app.internal")
            .good("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    allowed_domains: [example.com]"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    boolean proxies = RouteFields.hasContent(r, "to");
    boolean grants = grants(ctx, r);
    if (proxies && !grants) {
      ctx.report(
          r.entry("to").orElseThrow().key(),
          "the route grants access to nobody: it has no policy, allowed users, domains or claims",
          "add a policy, or allow_any_authenticated_user: true");
    }
  }

  private static boolean grants(LintContext ctx, MapNode route) {
    for (String key : GRANTS) {
      if (readBy(ctx.version(), key) && RouteFields.hasContent(route, key)) {
        return true;
      }
    }
    for (String flag : OPEN_FLAGS) {
      if (RouteFields.isTrue(route, flag)) {
        return true;
      }
    }
    return false;
  }

  /** Access keys only grant in the releases that read them (allowed_groups until 0.20). */
  private static boolean readBy(PomeriumVersion version, String key) {
    return RouteKeys.find(key).filter(def -> def.existsIn(version)).isPresent();
  }
}
