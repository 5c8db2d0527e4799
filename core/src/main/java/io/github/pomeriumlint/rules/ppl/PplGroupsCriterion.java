package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.PplCriteria;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/** The {@code groups} criterion in a release where it only reads Enterprise directory data. */
public final class PplGroupsCriterion extends RouteRule {
  private static final String READDED = "0.26";

  public PplGroupsCriterion() {
    super(
        RuleInfo.of("ppl-groups-criterion", Severity.WARNING, "The groups criterion needs Enterprise directory data")
            .description(
                "Since 0.26 the groups criterion matches the group ids of directory user records, which only"
                    + " Pomerium Enterprise's directory sync writes. In Pomerium Core it never matches, so the rule"
                    + " silently denies (or, in a deny, never denies). Use claim/groups with the groups claim of the"
                    + " identity token instead. (From 0.20 to 0.25 the criterion does not exist: ppl-unknown-criterion.)")
            .bad("allow:\n  or:\n    - groups: {has: admins}")
            .good("allow:\n  or:\n    - claim/groups: 6f1c0e0a-3b8e-4d6a-9f0e-2b1c5d7e8a90")
            .appliesTo("0.26 and later"));
  }

  @Override
  public boolean beforeRoutes(LintContext ctx) {
    return !ctx.version().before(READDED);
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Criterion c : ctx.writtenCriteria(route)) {
      if (c.name().equals("groups")) {
        ctx.report(
            c.keyNode(),
            "the 'groups' criterion " + PplCriteria.find("groups").orElseThrow().note(),
            "use claim/groups with the groups claim your identity provider puts in the token");
      }
    }
  }
}
