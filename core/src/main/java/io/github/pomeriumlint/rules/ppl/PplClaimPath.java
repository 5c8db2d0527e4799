package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.PplCriteria;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** {@code claim} without the claim's name, or a sub-path on a criterion that has none. */
public final class PplClaimPath extends RouteRule {
  public PplClaimPath() {
    super(
        RuleInfo.of("ppl-claim-path", Severity.WARNING, "A criterion's sub-path is missing or ignored")
            .description(
                "The claim criterion names its claim after a slash (claim/groups, claim/org/team); without one"
                    + " it looks up an empty claim name and never matches. Other criteria take no sub-path: what"
                    + " follows the slash is ignored, which usually hides a mistake.")
            .bad("allow:\n  or:\n    - claim: admins")
            .good("allow:\n  or:\n    - claim/groups: admins"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Criterion c : ctx.writtenCriteria(route)) {
      if (PplCriteria.find(c.name()).isPresent()) {
        check(ctx, c);
      }
    }
  }

  private static void check(LintContext ctx, Criterion c) {
    boolean claim = c.name().equals("claim") || c.name().equals("claims");
    String path = c.subPath().orElse("");
    if (claim && path.isEmpty()) {
      ctx.report(c.keyNode(), "'" + c.keyNode().text() + "' names no claim, so it never matches", "name the claim after a slash, e.g. claim/groups");
    } else if (!claim && c.subPath().isPresent()) {
      ctx.report(c.keyNode(), "'" + c.name() + "' takes no sub-path, so Pomerium ignores '/" + path + "'", "write '" + c.name() + "' alone");
    }
  }
}
