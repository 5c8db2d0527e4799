package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.pomerium.RouteKeys;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** A route key that still works but is on its way out (Pomerium logs the deprecation). */
public final class DeprecatedRouteKey extends RouteRule {
  public DeprecatedRouteKey() {
    super(
        RuleInfo.of("deprecated-route-key", Severity.INFO, "The route key is deprecated")
            .description(
                "tls_downstream_client_ca(_file) still work, but Pomerium logs that they are deprecated in favour"
                    + " of the global downstream_mtls settings; tls_server_name is deprecated in favour of"
                    + " tls_upstream_server_name.")
            .bad("tls_server_name: app.internal")
            .good("tls_upstream_server_name: app.internal"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (MapNode.Entry entry : route.node().entries()) {
      RouteKeys.deprecation(entry.name())
          .filter(help -> RouteFields.hasContent(entry.value()))
          .ifPresent(help -> ctx.report(entry.key(), "route option '" + entry.name() + "' is deprecated", help));
    }
  }
}
