package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PolicyRule;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** A {@code deny} without criteria: it never denies anything. */
public final class PplEmptyDeny extends RouteRule {
  public PplEmptyDeny() {
    super(
        RuleInfo.of("ppl-empty-deny", Severity.WARNING, "A deny rule has no criteria, so it denies nothing")
            .description(
                "A rule matches through its criteria; a deny whose operators are missing or empty never matches,"
                    + " so whatever it was meant to keep out gets in.")
            .bad("deny:\n  or: []")
            .good("deny:\n  or:\n    - http_method: {is: DELETE}"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Policy policy : ctx.enforcedPolicies(route)) {
      for (PolicyRule r : policy.rules()) {
        if (r.action() == Action.DENY && r.isEmpty()) {
          ctx.report(
              r.keyNode(),
              "this deny rule has no criteria, so it never denies anything",
              "list what to deny, e.g. or: [{email: {is: ...}}], or remove the rule");
        }
      }
    }
  }
}
