package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.Span;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Two routes that match the same requests (same from, path, prefix and regex): Pomerium sorts them
 * and only the first ever sees a request, so the second one's policy is dead.
 */
public final class DuplicateRoute extends RouteRule {
  public DuplicateRoute() {
    super(
        RuleInfo.of("duplicate-route", Severity.WARNING, "Two routes match the same requests")
            .description(
                "Pomerium does not reject two routes with the same 'from' and the same path, prefix and regex;"
                    + " Envoy then uses the first one and the second never applies, whatever its policy says.")
            .bad("routes:\n  - from: https://app.example.com\n    to: https://a.internal\n  - from: https://app.example.com\n    to: https://b.internal")
            .good("routes:\n  - from: https://app.example.com\n    to: https://a.internal"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    // the first route with each match key, of the file's routes checked so far
    Map<String, ScalarNode> seen = ctx.routeState(HashMap::new);
    MapNode r = route.node();
    if (r.scalar("from").isEmpty()) {
      return;
    }
    ScalarNode from = r.scalar("from").orElseThrow();
    ScalarNode first = seen.putIfAbsent(matchKey(r), from);
    if (first != null) {
      ctx.report(
          from,
          "this route matches the same requests as the route at " + where(first.span(), from.span())
              + "; only the first one applies",
          "merge the two routes, or tell them apart with path, prefix or regex");
    }
  }

  private static String matchKey(MapNode route) {
    String from = route.text("from").orElse("").toLowerCase(Locale.ROOT);
    if (from.endsWith("/")) {
      from = from.substring(0, from.length() - 1);
    }
    return String.join("\n", from, route.text("path").orElse(""), route.text("prefix").orElse(""), route.text("regex").orElse(""));
  }

  private static String where(Span first, Span here) {
    String position = "line " + first.line() + ", column " + first.column();
    return first.file().equals(here.file()) ? position : first.file() + " " + position;
  }
}
