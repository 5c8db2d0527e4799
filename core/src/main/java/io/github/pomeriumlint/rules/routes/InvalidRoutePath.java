package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/** {@code prefix} and {@code path} are matched against request paths, which start with '/'. */
public final class InvalidRoutePath extends RouteRule {
  public InvalidRoutePath() {
    super(
        RuleInfo.of("invalid-route-path", Severity.WARNING, "The route's prefix or path does not start with '/'")
            .description(
                "Envoy compares 'prefix' and 'path' with the request path, which always starts with '/'. A value"
                    + " without the slash loads but matches no request, so the route never applies.")
            .bad("prefix: api/")
            .good("prefix: /api/"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (String key : List.of("prefix", "path")) {
      route.node().scalar(key)
          .filter(value -> !value.text().startsWith("/"))
          .ifPresent(value -> ctx.report(
              value, "'" + key + "' does not start with '/', so it matches no request", "write it as /" + value.text()));
    }
  }
}
