package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.Node;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed PPL policy: its rules in Pomerium's order (each rules object gives allow before deny).
 *
 * @param node the policy value as written (for an effective route policy: the route mapping)
 */
public record Policy(Node node, List<PolicyRule> rules) {

  public Policy {
    rules = List.copyOf(rules);
  }

  /** The rules with this action. */
  public Stream<PolicyRule> rules(Action action) {
    return rules.stream().filter(r -> r.action() == action);
  }

  /** Every criterion with where it sits, for rules that look at criteria one by one. */
  public Stream<Located> criteria() {
    return rules.stream()
        .flatMap(r -> r.conditions().stream().flatMap(c -> c.criteria().stream().map(k -> new Located(r, c, k))));
  }

  /** A criterion with its rule and condition. */
  public record Located(PolicyRule rule, Condition condition, Criterion criterion) {}
}
