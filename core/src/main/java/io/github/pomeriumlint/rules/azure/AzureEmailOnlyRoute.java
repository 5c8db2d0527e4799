package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.ppl.Condition;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Operator;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PolicyRule;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A route that only email or domain rules open. Azure puts an email claim in the token only for
 * accounts that have a mail address; Pomerium does not fall back to the UPN, so directory users
 * without mail are refused there (email-unauthorized, domain-unauthorized).
 */
public final class AzureEmailOnlyRoute extends RouteRule {
  public AzureEmailOnlyRoute() {
    super(
        RuleInfo.of("azure-email-only-route", Severity.INFO, "Only email or domain rules admit users to this route")
            .description(
                "Azure AD sends an email claim only for users that have a mail address, and Pomerium compares email"
                    + " and domain rules with that claim alone (no fallback to the user principal name). Directory users"
                    + " without mail therefore get 403 on a route that only email or domain rules open. `check --online`"
                    + " lists such users; a user rule on their object id or a claim/groups rule lets them in.")
            .bad("policy:\n  - allow:\n      or:\n        - domain:\n            is: corp.example.com")
            .good(
                "policy:\n  - allow:\n      or:\n        - domain:\n            is: corp.example.com\n"
                    + "        - claim/groups: 1f2367e8-4697-4db2-90a0-9f3263775fe2"));
  }

  @Override
  public boolean beforeRoutes(LintContext ctx) {
    return AzureSettings.signsInWithAzure(ctx);
  }

  @Override
  public void check(LintContext ctx, Route route) {
    Policy policy = ctx.enforcedPolicies(route).get(0); // the HTTP policy; the SSH one has no email
    List<PolicyRule> allows = new ArrayList<>();
    for (PolicyRule rule : policy.rules()) {
      if (rule.action() == Action.ALLOW) {
        if (admitsWithoutEmail(rule)) {
          return;
        }
        allows.add(rule);
      }
    }
    if (allows.isEmpty()) {
      return;
    }
    Criterion first = firstEmailCriterion(allows);
    if (first != null) {
      ctx.report(
          first.keyNode(),
          "only email or domain rules admit users to this route; Azure AD users without a mail address"
              + " have no email claim and get 403 here",
          "run 'pomerium-lint check --online' to list such users; a user rule on their object id or a"
              + " claim/groups rule admits them");
    }
  }

  /** Whether the rule can match a user whose email is empty, when every other criterion might hold. */
  private static boolean admitsWithoutEmail(PolicyRule rule) {
    for (Condition condition : rule.conditions()) {
      List<Criterion> criteria = condition.criteria();
      int needingEmail = 0;
      for (Criterion c : criteria) {
        needingEmail += needsEmail(c) ? 1 : 0;
      }
      boolean holds =
          switch (condition.operator()) {
            case AND -> needingEmail == 0;
            case OR -> needingEmail < criteria.size();
            case NOT, NOR -> true; // an email criterion that cannot match never blocks these
          };
      if (!holds) {
        return false;
      }
    }
    return !rule.conditions().isEmpty();
  }

  /** email and domain compare the email claim; a legacy allowed_users entry that is an address does too. */
  private static boolean needsEmail(Criterion c) {
    return switch (c.name()) {
      case "email", "domain" -> true;
      case "user" -> c.legacy() && c.value() instanceof io.github.pomeriumlint.config.ScalarNode s && AzureSettings.isEmail(s.text());
      default -> false;
    };
  }

  /** The first email criterion of an {@code and} or {@code or}, or null. */
  private static Criterion firstEmailCriterion(List<PolicyRule> allows) {
    for (PolicyRule rule : allows) {
      for (Condition condition : rule.conditions()) {
        if (condition.operator() == Operator.AND || condition.operator() == Operator.OR) {
          for (Criterion c : condition.criteria()) {
            if (needsEmail(c)) {
              return c;
            }
          }
        }
      }
    }
    return null;
  }
}
