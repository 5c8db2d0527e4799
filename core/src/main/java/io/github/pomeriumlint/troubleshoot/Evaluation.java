package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.ppl.PolicyRule;
import java.util.List;
import java.util.SortedSet;

/**
 * A route's policy judged for one user.
 *
 * @param criteria every criterion in policy order, legacy fields first
 * @param reasons Pomerium's reason codes for the decision
 * @param hasAllowRule false when nothing could ever let anyone in
 * @param matchedDenyRules the deny rules that refused the user
 * @param nearestAllowBlockers when no allow rule matched, the criteria that kept the closest one
 *     (the one with the fewest such criteria) from matching
 */
public record Evaluation(
    Decision decision,
    List<CriterionCheck> criteria,
    SortedSet<String> reasons,
    boolean hasAllowRule,
    List<PolicyRule> matchedDenyRules,
    List<CriterionCheck> nearestAllowBlockers) {

  public Evaluation {
    criteria = List.copyOf(criteria);
    reasons = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(reasons));
    matchedDenyRules = List.copyOf(matchedDenyRules);
    nearestAllowBlockers = List.copyOf(nearestAllowBlockers);
  }
}
