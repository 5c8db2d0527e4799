package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.ppl.PplProblem;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** A policy Pomerium's PPL parser refuses: the config does not load. */
public final class PplSyntax extends RouteRule {
  public PplSyntax() {
    super(
        RuleInfo.of("ppl-syntax", Severity.ERROR, "The policy is not valid PPL")
            .description(
                "A route's policy (and an upstream tunnel's ssh_policy) is one rules object or a list of them;"
                    + " each rule is 'allow' or 'deny' with operators and / or / not / nor, each holding a list of"
                    + " criteria with one key each. Pomerium parses the policy while it loads the config and refuses"
                    + " the whole file on the first mistake; the message is Pomerium's own.")
            .bad("policy:\n  allow:\n    or:\n      email: {is: alice@example.com}")
            .good("policy:\n  allow:\n    or:\n      - email: {is: alice@example.com}"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Node value : ctx.writtenPpl(route)) {
      for (PplProblem problem : ctx.ppl(value).problems()) {
        ctx.report(problem.node(), problem.message(), problem.hint());
      }
    }
  }
}
