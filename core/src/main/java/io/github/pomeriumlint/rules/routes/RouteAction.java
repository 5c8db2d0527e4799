package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/** A route does exactly one thing: proxy ({@code to}), redirect, or answer ({@code response}). */
public final class RouteAction extends RouteRule {
  private static final List<String> ACTIONS = List.of("to", "redirect", "response");

  public RouteAction() {
    super(
        RuleInfo.of("route-action", Severity.ERROR, "A route needs exactly one of to, redirect, response")
            .description(
                "Pomerium refuses a route without an action (\"policy should have either `to` or `redirect` or"
                    + " `response` defined\"). A route with more than one loads, but only one of them takes"
                    + " effect, so the others are a trap for the reader.")
            .bad("routes:\n  - from: https://app.example.com\n    allow_any_authenticated_user: true")
            .good("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    allow_any_authenticated_user: true"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    List<String> actions = new ArrayList<>(1);
    for (String action : ACTIONS) {
      if (RouteFields.hasContent(route.node(), action)) {
        actions.add(action);
      }
    }
    if (actions.isEmpty()) {
      ctx.report(
          route.node().entry("to").map(e -> (Node) e.key()).orElse(route.node()),
          "the route has none of 'to', 'redirect' or 'response'; Pomerium refuses it",
          "add to: https://<upstream>");
    } else if (actions.size() > 1) {
      ctx.report(
          Severity.WARNING,
          route.node().entry(actions.get(1)).orElseThrow().key(),
          "the route has both '" + actions.get(0) + "' and '" + actions.get(1) + "'; only one of them takes effect",
          "keep one action per route");
    }
  }
}
