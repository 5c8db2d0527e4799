package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;

/**
 * Policy.Validate on {@code mcp}: "mcp must have either server or client set", and
 * {@code server.authorization_server_url} must be an https URL.
 */
public final class InvalidRouteMcp extends RouteRule {
  public InvalidRouteMcp() {
    super(
        RuleInfo.of("invalid-route-mcp", Severity.ERROR, "The route's mcp settings are incomplete or invalid")
            .description(
                "An mcp block makes the route a Model Context Protocol server or client: Pomerium refuses one"
                    + " that sets neither 'server' nor 'client', and an authorization_server_url that is not an"
                    + " https URL.")
            .bad("mcp: {}")
            .good("mcp:\n  server: {}")
            .appliesTo("0.30 and later"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    Optional<MapNode.Entry> mcp = route.node().entry("mcp");
    if (mcp.isEmpty() || !(mcp.get().value() instanceof MapNode body)) {
      return; // absent or null (no mcp), or not a mapping (invalid-route-value)
    }
    if (!RouteFields.isSet(body, "server") && !RouteFields.isSet(body, "client")) {
      ctx.report(mcp.get().key(), "mcp must have either server or client set", "add server: {} or client: {}");
      return;
    }
    body.get("server")
        .filter(MapNode.class::isInstance)
        .flatMap(s -> s.asMap().scalar("authorization_server_url"))
        .ifPresent(url -> checkAuthorizationServer(ctx, url));
  }

  private void checkAuthorizationServer(LintContext ctx, ScalarNode node) {
    Parsed<GoUrl> url = GoUrl.parse(node.text().trim());
    if (!url.isOk()) {
      ctx.report(node, "invalid mcp authorization_server_url: it " + url.error(), "write https://<host>");
    } else if (!url.value().scheme().equals("https")) {
      ctx.report(node, "mcp authorization_server_url must be https, got " + url.value().scheme(), "use https://");
    }
  }
}
