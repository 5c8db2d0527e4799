package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria of a route that name users or groups, with the values they compare against: those
 * of the policies Pomerium enforces (PPL, the legacy fields it folds in, sub-policies, the SSH
 * policy), plus {@code allowed_groups}, which releases up to 0.19 read. The offline Azure rules
 * judge these values and the online checks look them up, so both speak of the same places.
 */
public final class PolicyCriteria {
  private static final Set<String> WANTED = Set.of("groups", "claim/groups", "user");
  private static final Set<String> GROUPS = Set.of("groups", "claim/groups", "allowed_groups");
  /** Operators that compare a part of the value, so they hold no whole id. */
  private static final Set<String> PARTIAL = Set.of("contains", "starts_with", "ends_with");

  /**
   * One criterion.
   *
   * @param name {@code groups}, {@code claim/groups}, {@code user}, {@code allowed_groups} or
   *     {@code allowed_users}
   * @param values the strings it compares with
   */
  public record Criterion(String name, List<ScalarNode> values) {
    /** Whether it compares group ids (or, by mistake, group names). */
    public boolean onGroups() {
      return GROUPS.contains(name);
    }
  }

  private PolicyCriteria() {}

  /** The criteria of {@code route}, whose enforced policies are {@code enforced} ({@link RoutePolicy#enforced}). */
  public static List<Criterion> of(MapNode route, List<Policy> enforced) {
    List<Criterion> found = new ArrayList<>();
    Optional<Node> allowedGroups = route.get("allowed_groups");
    if (allowedGroups.isPresent()) {
      found.add(criterion("allowed_groups", allowedGroups.get()));
    }
    for (Policy policy : enforced) {
      for (PolicyRule rule : policy.rules()) {
        for (Condition condition : rule.conditions()) {
          for (io.github.pomeriumlint.ppl.Criterion c : condition.criteria()) {
            add(c, found);
          }
        }
      }
    }
    return found;
  }

  private static void add(io.github.pomeriumlint.ppl.Criterion c, List<Criterion> found) {
    String key = MapNode.normalize(c.key()); // lower case, as toLowerCase(Locale.ROOT) makes it
    if (c.legacy() && key.equals("user")) {
      // allowed_users becomes a user and an email criterion per value: judge it once, as itself.
      found.add(criterion("allowed_users", c.value()));
    } else if (WANTED.contains(key)) {
      found.add(criterion(key, c.value()));
    }
  }

  private static Criterion criterion(String name, Node value) {
    List<ScalarNode> values = new ArrayList<>();
    if (value instanceof MapNode matcher) {
      for (MapNode.Entry op : matcher.entries()) {
        if (!PARTIAL.contains(op.name())) {
          op.value().forEachScalar(values::add);
        }
      }
    } else {
      value.forEachScalar(values::add);
    }
    values.removeIf(ScalarNode::isBlank);
    return new Criterion(name, values);
  }
}
