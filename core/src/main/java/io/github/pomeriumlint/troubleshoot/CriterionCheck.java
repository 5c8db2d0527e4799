package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.ppl.Criterion;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One criterion of the route's policy judged for one user.
 *
 * @param action the rule it belongs to: an allow rule or a deny rule
 * @param reason Pomerium's reason code for this outcome ({@code email-unauthorized}...), if it has one
 * @param hint how to change this criterion so that it lets the user in, when the config is what is wrong
 */
public record CriterionCheck(
    Action action, Criterion criterion, Outcome outcome, String why, Optional<String> reason, Optional<String> hint) {

  CriterionCheck withHint(String fix) {
    return new CriterionCheck(action, criterion, outcome, why, reason, Optional.of(fix));
  }

  public boolean matched() {
    return outcome == Outcome.MATCHED;
  }

  /** Where it is written: the value for a legacy field's item, else the criterion's key. */
  public Node where() {
    return criterion.legacy() ? criterion.value() : criterion.keyNode();
  }

  /** What it tests, as written: {@code email is alice@contoso.com}, {@code allowed_users alice@contoso.com as email}. */
  public String label() {
    if (!criterion.legacy()) {
      return criterion.key() + " " + matcherText(criterion.value());
    }
    String field = criterion.keyNode().text();
    if (criterion.name().equals("claim")) {
      return "allowed_idp_claims " + criterion.subPath().orElse("") + " " + matcherText(criterion.value());
    }
    if (criterion.value() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
      return field;
    }
    String as = switch (criterion.name()) {
      case "user" -> " as user id";
      case "email" -> " as email";
      default -> "";
    };
    return field + " " + matcherText(criterion.value()) + as;
  }

  static String matcherText(Node value) {
    if (value instanceof ScalarNode s) {
      return s.text();
    }
    if (value instanceof ListNode list) {
      return list.items().stream().map(CriterionCheck::matcherText).collect(Collectors.joining(", ", "[", "]"));
    }
    return ((MapNode) value).entries().stream()
        .map(e -> e.key().text() + " " + matcherText(e.value()))
        .collect(Collectors.joining(", "));
  }
}
