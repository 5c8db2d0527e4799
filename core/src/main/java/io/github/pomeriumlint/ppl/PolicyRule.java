package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.List;

/**
 * One {@code allow} or {@code deny} with its conditions. The rule matches when every condition
 * matches; a rule without criteria matches nothing.
 *
 * @param keyNode the action key as written (for the legacy rule: the first legacy field's key)
 * @param node the rule body (for the legacy rule: the route mapping)
 */
public record PolicyRule(Action action, ScalarNode keyNode, Node node, List<Condition> conditions) {

  public PolicyRule {
    conditions = List.copyOf(conditions);
  }

  /** Whether no condition holds a criterion. */
  public boolean isEmpty() {
    for (Condition c : conditions) {
      if (!c.criteria().isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
