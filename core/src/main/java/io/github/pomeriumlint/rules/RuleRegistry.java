package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.filter.FilterRules;
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
import java.util.stream.Stream;

/** Every rule, by topic. Rules are stateless, so one set serves every run. */
public final class RuleRegistry {
  private static final List<Rule> ALL = collect();

  /** Made on first use: a plain check, which never asks for it, should not pay for it at start-up. */
  private static final class Catalogue {
    static final List<RuleInfo> SORTED =
        Stream.concat(ALL.stream().map(Rule::info), FilterRules.all().stream())
            .sorted(Comparator.comparing(RuleInfo::id))
            .toList();
  }

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

  /** All rule metadata, sorted by id, including the findings of the suppression filter. */
  public static List<RuleInfo> catalogue() {
    return Catalogue.SORTED;
  }

  public static Optional<RuleInfo> find(String id) {
    return Catalogue.SORTED.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
