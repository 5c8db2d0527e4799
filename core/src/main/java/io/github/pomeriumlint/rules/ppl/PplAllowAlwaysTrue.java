package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.ppl.Condition;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PolicyRule;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * An allow that admits everyone, next to a deny on who the user is: anonymous visitors carry no
 * identity, so the deny never matches them.
 */
public final class PplAllowAlwaysTrue extends RouteRule {
  private static final Set<String> IDENTITY = Set.of("email", "user", "domain", "claim", "claims", "groups", "device");

  public PplAllowAlwaysTrue() {
    super(
        RuleInfo.of("ppl-allow-always-true", Severity.WARNING, "An allow admits everyone, so identity denies miss anonymous visitors")
            .description(
                "'accept' (and allow_public_unauthenticated_access) lets requests in without sign-in. A deny that"
                    + " tests the user's email, id, domain, claims, groups or device then has no identity to test"
                    + " for an anonymous visitor, never matches, and the visitor gets in: the deny only ever"
                    + " stops people who signed in.")
            .bad("- allow:\n    or:\n      - accept: true\n- deny:\n    or:\n      - email: {is: mallory@example.com}")
            .good("- allow:\n    or:\n      - authenticated_user: true\n- deny:\n    or:\n      - email: {is: mallory@example.com}"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Policy policy : ctx.enforcedPolicies(route)) {
      Optional<Criterion> identityDeny = firstIdentityDeny(policy);
      if (identityDeny.isEmpty()) {
        continue;
      }
      policy.rules(Action.ALLOW).map(PplAllowAlwaysTrue::acceptingEveryone).flatMap(Optional::stream).forEach(accept -> ctx.report(
          accept.keyNode(),
          "this allow admits visitors without sign-in, so the deny on '" + identityDeny.get().key() + "' (line "
              + identityDeny.get().keyNode().span().line() + ") never stops an anonymous visitor",
          "allow authenticated_user instead, so that every visitor signs in and the deny can match"));
    }
  }

  /** The first criterion of a deny rule that tests who the user is. */
  private static Optional<Criterion> firstIdentityDeny(Policy policy) {
    for (PolicyRule rule : policy.rules()) {
      if (rule.action() == Action.DENY) {
        for (Condition condition : rule.conditions()) {
          for (Criterion c : condition.criteria()) {
            if (IDENTITY.contains(c.name())) {
              return Optional.of(c);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code accept} that makes the rule match every request, if it does. */
  private static Optional<Criterion> acceptingEveryone(PolicyRule rule) {
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    Criterion found = null;
    for (Condition c : rule.conditions()) {
      if (c.criteria().isEmpty()) {
        continue;
      }
      Optional<Criterion> accept = c.criteria().stream().filter(k -> k.name().equals("accept")).findFirst();
      boolean always = switch (c.operator()) {
        case OR -> accept.isPresent();
        case AND -> c.criteria().stream().allMatch(k -> k.name().equals("accept"));
        case NOT, NOR -> false;
      };
      if (!always) {
        return Optional.empty();
      }
      found = found == null ? accept.get() : found;
    }
    return Optional.ofNullable(found);
  }
}
