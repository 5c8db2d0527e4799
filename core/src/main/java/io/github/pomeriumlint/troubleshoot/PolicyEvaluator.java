package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.ppl.Condition;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Operator;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Evaluates a route's effective policy (legacy fields OR-ed with its PPL) for one user: access
 * needs at least one matching allow rule and no matching deny rule. A rule matches when all its
 * conditions do; {@code and} needs every criterion, {@code or} one, {@code not} none, {@code nor}
 * not all. Reason codes follow the criteria that decided, as Pomerium reports them.
 */
public final class PolicyEvaluator {
  private PolicyEvaluator() {}

  /**
   * The outcome for {@code user}.
   *
   * @param azure whether the IdP is Azure (user ids are object ids)
   * @param version the release whose criteria apply
   */
  public static Evaluation evaluate(Policy policy, User user, Target target, boolean azure, PomeriumVersion version) {
    CriterionJudge judge = new CriterionJudge(user, target, azure, version);
    List<CriterionCheck> all = new ArrayList<>();
    SortedSet<String> allowReasons = new TreeSet<>();
    SortedSet<String> failReasons = new TreeSet<>();
    SortedSet<String> denyReasons = new TreeSet<>();
    List<PolicyRule> matchedDenies = new ArrayList<>();
    boolean allowed = false;
    boolean anyAllowRule = false;
    List<CriterionCheck> nearestBlockers = null;
    for (PolicyRule rule : policy.rules()) {
      anyAllowRule |= rule.action() == Action.ALLOW;
      boolean ruleMatched = !rule.isEmpty();
      SortedSet<String> matchedBy = new TreeSet<>();
      SortedSet<String> failedBy = new TreeSet<>();
      List<CriterionCheck> blockers = new ArrayList<>();
      for (Condition condition : rule.conditions()) {
        List<CriterionCheck> checks = new ArrayList<>();
        for (Criterion criterion : condition.criteria()) {
          checks.add(judge.judge(rule.action(), criterion));
        }
        all.addAll(checks);
        boolean holds = holds(condition.operator(), checks);
        ruleMatched &= holds;
        boolean inverted = condition.operator() == Operator.NOT || condition.operator() == Operator.NOR;
        for (CriterionCheck check : checks) {
          if (check.matched() == (holds != inverted)) {
            check.reason().ifPresent((holds ? matchedBy : failedBy)::add);
            if (!holds) {
              blockers.add(check);
            }
          }
        }
      }
      if (rule.action() == Action.ALLOW) {
        if (ruleMatched) {
          allowed = true;
          allowReasons.addAll(matchedBy);
        } else {
          failReasons.addAll(failedBy);
          if (!blockers.isEmpty() && (nearestBlockers == null || blockers.size() < nearestBlockers.size())) {
            nearestBlockers = blockers;
          }
        }
      } else if (ruleMatched) {
        matchedDenies.add(rule);
        denyReasons.addAll(matchedBy);
      }
    }
    if (!matchedDenies.isEmpty()) {
      return new Evaluation(Decision.DENY, all, denyReasons, anyAllowRule, matchedDenies, List.of());
    }
    return allowed
        ? new Evaluation(Decision.ALLOW, all, allowReasons, true, List.of(), List.of())
        : new Evaluation(Decision.DENY, all, failReasons, anyAllowRule, List.of(), nearestBlockers == null ? List.of() : nearestBlockers);
  }

  private static boolean holds(Operator operator, List<CriterionCheck> checks) {
    long matched = checks.stream().filter(CriterionCheck::matched).count();
    return switch (operator) {
      case AND -> matched == checks.size();
      case OR -> matched > 0;
      case NOT -> matched == 0;
      case NOR -> matched < checks.size();
    };
  }
}
