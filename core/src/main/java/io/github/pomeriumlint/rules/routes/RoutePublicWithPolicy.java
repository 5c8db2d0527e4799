package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * A public route with a PPL policy or claims: Pomerium ORs the legacy fields with the PPL's allow
 * rules, so the public flag lets everyone in and those allows restrict no one (deny rules still
 * apply). Validate does not check this.
 */
public final class RoutePublicWithPolicy extends RouteRule {
  private static final List<String> RESTRICTIONS = List.of("policy", "allowed_idp_claims");

  public RoutePublicWithPolicy() {
    super(
        RuleInfo.of("route-public-with-policy", Severity.WARNING, "A public route also has allow rules that restrict nobody")
            .description(
                "Pomerium joins allow_public_unauthenticated_access with the allow rules of the route's policy and"
                    + " with allowed_idp_claims using OR, so everyone gets through and those allows have no effect"
                    + " (only deny rules still apply). Pomerium loads it without complaint.")
            .bad("allow_public_unauthenticated_access: true\npolicy:\n  allow:\n    and:\n      - domain:\n          is: example.com")
            .good("policy:\n  allow:\n    and:\n      - domain:\n          is: example.com"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    if (!RouteFields.isTrue(r, "allow_public_unauthenticated_access")) {
      return;
    }
    for (String key : RESTRICTIONS) {
      if (RouteFields.hasContent(r, key)) {
        ctx.report(
            r.entry(key).orElseThrow().key(),
            "the route is public, so what its '" + key + "' allows changes nothing: Pomerium ORs it with"
                + " allow_public_unauthenticated_access",
            "remove allow_public_unauthenticated_access if '" + key + "' is meant to restrict access");
      }
    }
  }
}
