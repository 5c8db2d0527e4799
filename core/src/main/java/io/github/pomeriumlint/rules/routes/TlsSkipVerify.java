package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** {@code tls_skip_verify: true} accepts any upstream certificate. */
public final class TlsSkipVerify extends RouteRule {
  public TlsSkipVerify() {
    super(
        RuleInfo.of("tls-skip-verify", Severity.INFO, "The route does not verify its upstream's certificate")
            .description(
                "With tls_skip_verify Pomerium accepts any certificate from the upstream, so anyone who can"
                    + " intercept that connection sees the identity headers and tokens Pomerium forwards.")
            .bad("tls_skip_verify: true")
            .good("tls_custom_ca_file: /certs/internal-ca.pem"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    if (RouteFields.isTrue(route.node(), "tls_skip_verify")) {
      ctx.report(
          route.node().entry("tls_skip_verify").orElseThrow().value(),
          "the route accepts any upstream certificate (tls_skip_verify)",
          "trust the upstream's CA with tls_custom_ca_file instead");
    }
  }
}
