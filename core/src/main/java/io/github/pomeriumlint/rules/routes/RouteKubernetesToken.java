package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** Policy.Validate: "specified both kubernetes_service_account_token_file and kubernetes_service_account_token". */
public final class RouteKubernetesToken extends RouteRule {
  public RouteKubernetesToken() {
    super(
        RuleInfo.of("route-kubernetes-token", Severity.ERROR, "Both a Kubernetes token and a token file are set")
            .description(
                "A route takes its Kubernetes service account token inline or from a file, not both; Pomerium"
                    + " refuses a route that sets both.")
            .bad("kubernetes_service_account_token: eyJhbGciOi...\nkubernetes_service_account_token_file: /var/run/token")
            .good("kubernetes_service_account_token_file: /var/run/token"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    if (RouteFields.hasContent(r, "kubernetes_service_account_token")
        && RouteFields.hasContent(r, "kubernetes_service_account_token_file")) {
      ctx.report(
          r.entry("kubernetes_service_account_token_file").orElseThrow().key(),
          "both 'kubernetes_service_account_token' and 'kubernetes_service_account_token_file' are set; Pomerium refuses the route",
          "keep one of them");
    }
  }
}
