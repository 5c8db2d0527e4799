package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Set;

/** {@code redirect.response_code}: Policy.Validate accepts 301, 302, 303, 307 and 308 only. */
public final class InvalidRedirect extends RouteRule {
  private static final Set<String> CODES = Set.of("301", "302", "303", "307", "308");

  public InvalidRedirect() {
    super(
        RuleInfo.of("invalid-redirect", Severity.ERROR, "The redirect response code is not supported")
            .description(
                "Pomerium refuses a redirect whose response_code is not 301, 302, 303, 307 or 308"
                    + " (\"unsupported redirect response code\").")
            .bad("redirect:\n  https_redirect: true\n  response_code: 304")
            .good("redirect:\n  https_redirect: true\n  response_code: 308")
            .appliesTo("0.13 and later"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    route.node().get("redirect")
        .filter(MapNode.class::isInstance)
        .flatMap(r -> r.asMap().scalar("response_code"))
        .filter(code -> code.kind() != ScalarNode.Kind.NULL && !CODES.contains(code.text().trim()))
        .ifPresent(code -> ctx.report(
            code,
            "unsupported redirect response code " + code.text().trim() + " (supported: 301, 302, 303, 307, 308)",
            "use 301 or 308 for permanent, 302, 303 or 307 for temporary redirects"));
  }
}
