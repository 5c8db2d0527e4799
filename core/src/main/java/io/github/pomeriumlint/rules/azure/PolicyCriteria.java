package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The criteria of a route that name users or groups, with the values they compare against: those
 * of the policies Pomerium enforces (PPL, the legacy fields it folds in, sub-policies, the SSH
 * policy), plus {@code allowed_groups}, which releases up to 0.19 read.
 */
final class PolicyCriteria {
  private static final Set<String> WANTED = Set.of("groups", "claim/groups", "user");
  /** Operators that compare a part of the value, so they hold no whole id. */
  private static final Set<String> PARTIAL = Set.of("contains", "starts_with", "ends_with");

  /**
   * One criterion.
   *
   * @param name {@code groups}, {@code claim/groups}, {@code user}, {@code allowed_groups} or
   *     {@code allowed_users}
   * @param values the strings it compares with
   */
  record Criterion(String name, List<ScalarNode> values) {}

  private PolicyCriteria() {}

  static List<Criterion> of(LintContext ctx, Route route) {
    List<Criterion> found = new ArrayList<>();
    route.node().entry("allowed_groups").ifPresent(e -> found.add(criterion("allowed_groups", e.value())));
    for (Policy policy : ctx.enforcedPolicies(route)) {
      policy.criteria().map(Policy.Located::criterion).forEach(c -> {
        String key = c.key().toLowerCase(Locale.ROOT);
        if (c.legacy() && key.equals("user")) {
          // allowed_users becomes a user and an email criterion per value: judge it once, as itself.
          found.add(criterion("allowed_users", c.value()));
        } else if (WANTED.contains(key)) {
          found.add(criterion(key, c.value()));
        }
      });
    }
    return found;
  }

  private static Criterion criterion(String name, Node value) {
    List<ScalarNode> values = new ArrayList<>();
    if (value instanceof MapNode matcher) {
      matcher.entries().stream()
          .filter(op -> !PARTIAL.contains(op.name()))
          .forEach(op -> AzureSettings.strings(op.value(), values::add));
    } else {
      AzureSettings.strings(value, values::add);
    }
    values.removeIf(ScalarNode::isBlank);
    return new Criterion(name, values);
  }
}
