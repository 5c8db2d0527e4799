package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The identity criteria of a route, from its PPL {@code policy} and its legacy {@code allowed_*}
 * keys, each with the values it compares against. A small walk over the tree: it needs no PPL
 * semantics beyond the criterion names.
 */
final class PolicyCriteria {
  /** PPL criteria whose values name users or groups; {@code allowed_idp_claims.groups} counts as {@code claim/groups}. */
  static final Set<String> PPL = Set.of("groups", "claim/groups", "user", "email", "domain");

  /**
   * One criterion.
   *
   * @param name {@code groups}, {@code claim/groups}, {@code user}, {@code email}, {@code domain},
   *     {@code allowed_groups}, {@code allowed_users} or {@code allowed_domains}
   * @param key where it is written
   * @param values the strings it compares with
   */
  record Criterion(String name, ScalarNode key, List<ScalarNode> values) {}

  private static final Set<String> PARTIAL = Set.of("contains", "starts_with", "ends_with");

  private PolicyCriteria() {}

  static List<Criterion> of(Route route) {
    List<Criterion> found = new ArrayList<>();
    for (MapNode.Entry entry : route.node().entries()) {
      switch (entry.name()) {
        case "allowed_groups", "allowed_users", "allowed_domains" -> found.add(criterion(entry.name(), entry));
        case "allowed_idp_claims" -> {
          if (entry.value() instanceof MapNode claims) {
            claims.entry("groups").ifPresent(e -> found.add(criterion("claim/groups", e)));
          }
        }
        case "policy" -> walk(entry.value(), found);
        default -> {}
      }
    }
    return found;
  }

  private static void walk(Node node, List<Criterion> into) {
    if (node instanceof ListNode list) {
      list.items().forEach(item -> walk(item, into));
    } else if (node instanceof MapNode map) {
      for (MapNode.Entry entry : map.entries()) {
        if (PPL.contains(entry.name())) {
          into.add(criterion(entry.name(), entry));
        } else {
          walk(entry.value(), into);
        }
      }
    }
  }

  private static Criterion criterion(String name, MapNode.Entry entry) {
    List<ScalarNode> values = new ArrayList<>();
    if (entry.value() instanceof MapNode matcher) {
      // Operators that compare a part of the value hold no whole id.
      matcher.entries().stream()
          .filter(op -> !PARTIAL.contains(op.name()))
          .forEach(op -> AzureSettings.strings(op.value(), values::add));
    } else {
      AzureSettings.strings(entry.value(), values::add);
    }
    values.removeIf(ScalarNode::isBlank);
    return new Criterion(name, entry.key(), values);
  }
}
