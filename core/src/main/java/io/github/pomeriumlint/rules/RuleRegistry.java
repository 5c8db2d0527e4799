package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.rules.azure.AzureRules;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import io.github.pomeriumlint.rules.core.CoreRules;
import io.github.pomeriumlint.rules.options.OptionRules;
import io.github.pomeriumlint.rules.ppl.PplRules;
import io.github.pomeriumlint.rules.routes.RouteRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule, by topic. Rules are stateless, so one set serves every run. */
public final class RuleRegistry {
  private static final List<Rule> ALL = collect();

  private RuleRegistry() {}

  private static List<Rule> collect() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(CoreRules.all());
    rules.addAll(OptionRules.all());
    rules.addAll(RouteRules.all());
    rules.addAll(PplRules.all());
    rules.addAll(AzureRules.all());
    rules.addAll(OnlineRules.all());
    return List.copyOf(rules);
  }

  /** All rules, in the order they run. */
  public static List<Rule> all() {
    return ALL;
  }

  /** All rule metadata, sorted by id. */
  public static List<RuleInfo> catalogue() {
    return ALL.stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  public static Optional<RuleInfo> find(String id) {
    return ALL.stream().map(Rule::info).filter(i -> i.id().equals(id)).findFirst();
  }
}
