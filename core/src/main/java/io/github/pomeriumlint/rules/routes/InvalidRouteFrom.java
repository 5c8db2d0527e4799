package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Set;

/**
 * The route's {@code from}, as Policy.Validate reads it: a URL with scheme and host ("policy bad
 * source url"), without a path ("contains a path, but it should be set using the path field").
 */
public final class InvalidRouteFrom extends RouteRule {
  private static final Set<String> SERVED = Set.of("https", "tcp+https", "udp+https", "ssh");

  public InvalidRouteFrom() {
    super(
        RuleInfo.of("invalid-route-from", Severity.ERROR, "The route's 'from' is not a URL Pomerium can serve")
            .description(
                "Every route needs a 'from' URL with a scheme and a host; Pomerium refuses a route without them"
                    + " (\"policy bad source url\") and one whose http(s) 'from' has a path (set it with 'path' or"
                    + " 'prefix'). Pomerium serves https, tcp+https, udp+https and ssh routes: an http 'from' loads"
                    + " but only HTTPS is supported (warning), as does any other scheme.")
            .bad("routes:\n  - from: app.example.com/admin\n    to: https://app.internal")
            .good("routes:\n  - from: https://app.example.com\n    prefix: /admin\n    to: https://app.internal"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    if (!RouteFields.isSet(route.node(), "from")) {
      ctx.report(route.node(), "the route has no 'from'; Pomerium refuses it (policy bad source url)", "add from: https://<host>");
      return;
    }
    if (!(route.node().get("from").orElseThrow() instanceof ScalarNode from)) {
      return; // invalid-route-value
    }
    check(ctx, from);
  }

  private void check(LintContext ctx, ScalarNode from) {
    String text = from.text().trim();
    Parsed<GoUrl> parsed = GoUrl.parse(text);
    if (!parsed.isOk()) {
      ctx.report(from, "'from' " + parsed.error() + "; Pomerium refuses the route (policy bad source url)", "write it as https://<host>");
      return;
    }
    GoUrl url = parsed.value();
    boolean web = url.scheme().equals("https") || url.scheme().equals("http");
    if (web && !url.path().isEmpty() && !url.path().equals("/")) {
      ctx.report(
          from,
          "'from' contains the path '" + url.path() + "'; Pomerium wants the path in the 'path' field",
          "move it to path: " + url.path() + " (or prefix: " + url.path() + ")");
    } else if (url.scheme().equals("http")) {
      ctx.report(Severity.WARNING, from, "'from' uses HTTP, but Pomerium only serves routes over HTTPS", "use https://");
    } else if (!SERVED.contains(url.scheme())) {
      ctx.report(
          Severity.WARNING,
          from,
          "'from' uses the scheme '" + url.scheme() + "'; Pomerium serves https, tcp+https, udp+https and ssh routes",
          "use https:// for web routes, tcp+https:// or udp+https:// for tunnels, ssh:// for SSH");
    }
  }
}
