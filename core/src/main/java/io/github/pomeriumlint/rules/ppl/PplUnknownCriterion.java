package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.PplCriteria;
import io.github.pomeriumlint.pomerium.PplCriteria.CriterionDef;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Operator;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.Optional;

/** A criterion the target release does not know: the authorize service cannot build the policy. */
public final class PplUnknownCriterion extends RouteRule {
  public PplUnknownCriterion() {
    super(
        RuleInfo.of("ppl-unknown-criterion", Severity.ERROR, "The policy uses a criterion the release does not know")
            .description(
                "Pomerium loads the config, then its authorize service builds each route's policy and fails on a"
                    + " criterion it does not know ('unknown policy criterion'): it does not start, or it rejects the"
                    + " reloaded config. Criteria change between releases (groups is absent from 0.20 to 0.25,"
                    + " pomerium_routes is gone from 0.23, source_ip arrives in 0.31), operators do not nest, and"
                    + " date, day_of_week, time_of_day and record exist only in Pomerium Enterprise.")
            .bad("allow:\n  or:\n    - emails: {is: alice@example.com}")
            .good("allow:\n  or:\n    - email: {is: alice@example.com}")
            .appliesTo("per criterion: the releases that know it"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Criterion c : ctx.writtenCriteria(route)) {
      check(ctx, c);
    }
  }

  private void check(LintContext ctx, Criterion c) {
    String failure = "; the authorize service fails with 'unknown policy criterion: " + c.name() + "'";
    Optional<CriterionDef> def = PplCriteria.find(c.name());
    if (def.isPresent() && def.get().existsIn(ctx.version())) {
      return;
    }
    if (def.isPresent()) {
      ctx.report(
          c.keyNode(),
          "Pomerium " + ctx.version() + " does not know the criterion '" + c.name() + "' (known in " + def.get().releases() + ")" + failure,
          def.get().name().equals("groups")
              ? "use claim/groups with the groups claim of your identity provider"
              : "remove it or target a release that knows it");
    } else if (Operator.isKeyword(c.name())) {
      ctx.report(
          c.keyNode(),
          "operators do not nest, so '" + c.name() + "' here is read as a criterion" + failure,
          "split the nested criteria into a rule of their own, or list them in this operator directly");
    } else if (PplCriteria.enterpriseOnly(c.name())) {
      ctx.report(c.keyNode(), "'" + c.name() + "' is a Pomerium Enterprise criterion" + failure, "remove it, or run Pomerium Enterprise");
    } else {
      ctx.report(
          c.keyNode(),
          "Pomerium " + ctx.version() + " does not know the criterion '" + c.name() + "'" + failure,
          Suggest.closest(c.name(), PplCriteria.namesIn(ctx.version()))
              .map(s -> "did you mean '" + s + "'?")
              .orElse("see the PPL criteria reference"));
    }
  }
}
