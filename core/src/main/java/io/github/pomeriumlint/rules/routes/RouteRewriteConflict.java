package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** Policy.Validate: "only prefix_rewrite or regex_rewrite_pattern can be specified, but not both". */
public final class RouteRewriteConflict extends RouteRule {
  public RouteRewriteConflict() {
    super(
        RuleInfo.of("route-rewrite-conflict", Severity.ERROR, "Both prefix_rewrite and regex_rewrite_pattern are set")
            .description("Envoy rewrites a path one way per route; Pomerium refuses a route that sets both.")
            .bad("prefix: /app\nprefix_rewrite: /\nregex_rewrite_pattern: ^/app/(.*)$")
            .good("prefix: /app\nprefix_rewrite: /")
            .appliesTo("0.11 and later"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    if (RouteFields.hasContent(r, "prefix_rewrite") && RouteFields.hasContent(r, "regex_rewrite_pattern")) {
      ctx.report(
          r.entry("regex_rewrite_pattern").orElseThrow().key(),
          "only one of 'prefix_rewrite' and 'regex_rewrite_pattern' can be set; Pomerium refuses the route",
          "keep one of them");
    }
  }
}
