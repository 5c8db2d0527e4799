package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a PPL value the way Pomerium's parser does ({@code pkg/policy/parser/grammar.go}), but
 * goes on after a problem: Pomerium stops at the first, a linter reports them all and keeps
 * every part it could read.
 */
public final class PplParser {
  private static final String PREFIX = "invalid rules in policy: ";
  /** Pomerium sorts the rules of one object by action: allow before deny. */
  private static final Comparator<PolicyRule> BY_ACTION = Comparator.comparing(PolicyRule::action);

  private final List<PplProblem> problems = new ArrayList<>();

  private PplParser() {}

  /** The outcome of parsing: what could be read, and what Pomerium would refuse. */
  public record Result(Policy policy, List<PplProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Parses the value of a route's {@code policy} (or {@code ssh_policy}); null means no policy. */
  public static Result parse(Node node) {
    PplParser parser = new PplParser();
    List<PolicyRule> rules = parser.rules(node);
    return new Result(new Policy(node, rules), parser.problems);
  }

  private List<PolicyRule> rules(Node node) {
    List<PolicyRule> rules = new ArrayList<>();
    if (node instanceof MapNode map) {
      rules.addAll(rulesObject(map));
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof MapNode map) {
          rules.addAll(rulesObject(map));
        } else {
          problem(item, "unsupported type for rules array: " + goType(item), "each item of the list is a mapping such as 'allow: {or: [...]}'");
        }
      }
    } else if (!(node instanceof ScalarNode s && s.isNull())) {
      problem(node, "unsupported type for rule: " + goType(node), "write a mapping such as 'allow: {or: [...]}' or a list of them");
    }
    return rules;
  }

  private List<PolicyRule> rulesObject(MapNode map) {
    List<PolicyRule> rules = new ArrayList<>();
    for (MapNode.Entry entry : effectiveEntries(map)) {
      Optional<Action> action = Action.of(entry.name());
      if (action.isEmpty()) {
        problem(entry.key(), "invalid action in rule: unsupported action: " + entry.key().text(), "the actions are 'allow' and 'deny'");
      } else if (!(entry.value() instanceof MapNode body)) {
        problem(
            entry.key(),
            "invalid value for action in rule, expected Object, got " + goType(entry.value()),
            "give '" + entry.name() + "' a mapping of operators, e.g. 'or: [{email: {is: ...}}]'");
      } else {
        rules.add(new PolicyRule(action.get(), entry.key(), body, conditions(body)));
      }
    }
    rules.sort(BY_ACTION);
    return rules;
  }

  private List<Condition> conditions(MapNode body) {
    List<Condition> conditions = new ArrayList<>();
    for (MapNode.Entry entry : effectiveEntries(body)) {
      Optional<Operator> operator = Operator.of(entry.name());
      if (operator.isPresent()) {
        conditions.add(new Condition(operator.get(), entry.key(), entry.value(), criteria(operator.get(), entry)));
      } else if (!entry.name().equals("action")) {
        problem(
            entry.key(),
            "unsupported conditional \"" + entry.key().text() + "\", only and, or, not, nor and action are allowed",
            "put criteria in a list under 'and', 'or', 'not' or 'nor'");
      }
    }
    return conditions;
  }

  private List<Criterion> criteria(Operator operator, MapNode.Entry entry) {
    Node value = entry.value();
    List<Criterion> criteria = new ArrayList<>();
    if (!(value instanceof ListNode list)) {
      if (!(value instanceof ScalarNode s && s.isNull())) {
        problem(entry.key(), context(operator) + "unsupported type for criteria: " + goType(value), "write the criteria as a list: '- email: {is: ...}'");
      }
      return criteria;
    }
    for (Node item : list.items()) {
      if (!(item instanceof MapNode map)) {
        problem(item, context(operator) + "unsupported type for criteria array: " + goType(item), "each criterion is a mapping such as 'email: {is: ...}'");
      } else {
        List<MapNode.Entry> entries = effectiveEntries(map);
        if (entries.size() != 1) {
          problem(item, context(operator) + "each criteria may only contain a single key and value", "give each criterion its own list item");
        } else {
          criteria.add(criterion(entries.get(0)));
        }
      }
    }
    return criteria;
  }

  private static String context(Operator operator) {
    return "invalid criteria in \"" + operator.keyword() + "\"): ";
  }

  private static Criterion criterion(MapNode.Entry entry) {
    String key = entry.name();
    int slash = key.indexOf('/');
    return slash < 0
        ? new Criterion(key, Optional.empty(), entry.key(), entry.value(), false)
        : new Criterion(key.substring(0, slash), Optional.of(entry.key().text().substring(slash + 1)), entry.key(), entry.value(), false);
  }

  /** The entries Pomerium keeps: of a key written twice, the last (the repetition is another rule's finding). */
  private static List<MapNode.Entry> effectiveEntries(MapNode map) {
    List<MapNode.Entry> entries = map.entries();
    for (int i = 1; i < entries.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (entries.get(j).name().equals(entries.get(i).name())) {
          return entries.stream().filter(e -> map.entry(e.name()).orElseThrow() == e).toList();
        }
      }
    }
    return entries; // no key is repeated, as in almost every policy
  }

  private void problem(Node node, String message, String hint) {
    problems.add(new PplProblem(node, PREFIX + message, hint));
  }

  /** The Go type Pomerium names in its messages ({@code %T} of a parser value). */
  public static String goType(Node node) {
    if (node instanceof MapNode) {
      return "parser.Object";
    }
    if (node instanceof ListNode) {
      return "parser.Array";
    }
    return switch (node.asScalar().kind()) {
      case STRING -> "parser.String";
      case INTEGER, FLOAT -> "parser.Number";
      case BOOLEAN -> "parser.Boolean";
      case NULL -> "parser.Null";
    };
  }
}
