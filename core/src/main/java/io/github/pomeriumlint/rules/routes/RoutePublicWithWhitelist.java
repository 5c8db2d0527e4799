package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * Policy.Validate: "policy route marked as public but contains whitelists" and "policy route marked
 * accessible for any authenticated user but contains whitelists".
 */
public final class RoutePublicWithWhitelist extends RouteRule {
  private static final List<String> WHITELISTS = List.of("allowed_users", "allowed_domains");

  public RoutePublicWithWhitelist() {
    super(
        RuleInfo.of("route-public-with-whitelist", Severity.ERROR, "An open route also lists users or domains")
            .description(
                "A route open to everyone (allow_public_unauthenticated_access) or to every signed-in user"
                    + " (allow_any_authenticated_user) cannot also list allowed_users or allowed_domains:"
                    + " Pomerium refuses it, since the list would restrict nothing. A public route cannot set"
                    + " allow_any_authenticated_user either.")
            .bad("allow_public_unauthenticated_access: true\nallowed_users: [alice@example.com]")
            .good("allowed_users: [alice@example.com]"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    if (RouteFields.isTrue(r, "allow_public_unauthenticated_access")) {
      if (RouteFields.isTrue(r, "allow_any_authenticated_user")) {
        report(ctx, r, "allow_any_authenticated_user", "public");
      }
      whitelists(r).forEach(key -> report(ctx, r, key, "public"));
    } else if (RouteFields.isTrue(r, "allow_any_authenticated_user")) {
      whitelists(r).forEach(key -> report(ctx, r, key, "accessible for any authenticated user"));
    }
  }

  private static List<String> whitelists(MapNode route) {
    return WHITELISTS.stream().filter(k -> RouteFields.hasContent(route, k)).toList();
  }

  private static void report(LintContext ctx, MapNode route, String key, String marked) {
    ctx.report(
        route.entry(key).orElseThrow().key(),
        "the route is marked " + marked + " but also sets '" + key + "'; Pomerium refuses it",
        "remove '" + key + "', or the flag that opens the route");
  }
}
