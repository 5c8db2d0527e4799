package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.List;

/**
 * An operator and its criteria, e.g. {@code or: [{email: ...}, {domain: ...}]}.
 *
 * @param keyNode the operator key as written
 * @param node the list of criteria (or, for legacy fields, the route mapping)
 */
public record Condition(Operator operator, ScalarNode keyNode, Node node, List<Criterion> criteria) {

  public Condition {
    criteria = List.copyOf(criteria);
  }
}
