package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * A public route with a PPL policy or claims: Pomerium ORs the legacy fields with the PPL, so the
 * public flag lets everyone in and the policy restricts no one. Validate does not check this.
 */
public final class RoutePublicWithPolicy extends Rule {
  private static final List<String> RESTRICTIONS = List.of("policy", "allowed_idp_claims");

  public RoutePublicWithPolicy() {
    super(
        RuleInfo.of("route-public-with-policy", Severity.WARNING, "A public route also has a policy that restricts nobody")
            .description(
                "Pomerium joins allow_public_unauthenticated_access and a route's policy or allowed_idp_claims"
                    + " with OR, so everyone gets through and the policy has no effect. Pomerium loads it"
                    + " without complaint.")
            .bad("allow_public_unauthenticated_access: true\npolicy:\n  allow:\n    and:\n      - domain:\n          is: example.com")
            .good("policy:\n  allow:\n    and:\n      - domain:\n          is: example.com"));
  }

  @Override
  public void check(LintContext ctx) {
    for (Route route : ctx.routes()) {
      MapNode r = route.node();
      if (!RouteFields.isTrue(r, "allow_public_unauthenticated_access")) {
        continue;
      }
      for (String key : RESTRICTIONS) {
        if (RouteFields.hasContent(r, key)) {
          ctx.report(
              r.entry(key).orElseThrow().key(),
              "the route is public, so its '" + key + "' restricts nobody: Pomerium ORs the two",
              "remove allow_public_unauthenticated_access, or the '" + key + "' that it overrides");
        }
      }
    }
  }
}
