package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pomerium's string and string-list matchers ({@code pkg/policy/criteria}), with exact,
 * case-sensitive comparisons as Rego makes them. Several operators in one object must all hold.
 */
final class Matchers {
  private Matchers() {}

  /**
   * How a matcher judged a value.
   *
   * @param error why the matcher cannot be read, if it cannot
   * @param rightCase the user's value when a written value differs from it only in case (the classic 403)
   */
  record Result(boolean matched, String why, Optional<String> error, Optional<String> rightCase) {
    static Result invalid(String why) {
      return new Result(false, why, Optional.of(why), Optional.empty());
    }
  }

  /** {@code email}, {@code domain}, {@code user}, {@code http_path}...: a scalar means {@code is}. */
  static Result string(Node matcher, String actual) {
    if (matcher instanceof ScalarNode s) {
      return is(s.text(), actual);
    }
    if (!(matcher instanceof MapNode map) || map.entries().isEmpty()) {
      return Result.invalid("the matcher is " + matcher.describe() + ", not a string or an object of operators");
    }
    List<Result> parts = new ArrayList<>();
    for (MapNode.Entry op : map.entries()) {
      parts.add(stringOperator(op.name(), op.value(), actual));
    }
    return all(parts);
  }

  private static Result stringOperator(String op, Node operand, String actual) {
    if (op.equals("in") || op.equals("not_in")) {
      if (!(operand instanceof ListNode list)) {
        return Result.invalid(op + " needs a list of strings");
      }
      List<String> values = list.items().stream().filter(ScalarNode.class::isInstance).map(n -> n.asScalar().text()).toList();
      boolean in = values.contains(actual);
      Optional<String> caseOnly = values.stream().anyMatch(v -> !in && v.equalsIgnoreCase(actual)) ? Optional.of(actual) : Optional.empty();
      boolean matched = op.equals("in") == in;
      return new Result(matched, "'" + actual + "' is " + (in ? "" : "not ") + "in " + values, Optional.empty(),
          op.equals("in") ? caseOnly : Optional.empty());
    }
    if (!(operand instanceof ScalarNode s)) {
      return Result.invalid(op + " needs a string");
    }
    String v = s.text();
    return switch (op) {
      case "is" -> is(v, actual);
      case "not" -> verdict(!v.equals(actual), "'" + actual + "' " + (v.equals(actual) ? "is" : "is not") + " '" + v + "'");
      case "contains" -> verdict(actual.contains(v), "'" + actual + "' " + (actual.contains(v) ? "contains" : "does not contain") + " '" + v + "'");
      case "starts_with" -> verdict(actual.startsWith(v), "'" + actual + "' " + (actual.startsWith(v) ? "starts" : "does not start") + " with '" + v + "'");
      case "ends_with" -> verdict(actual.endsWith(v), "'" + actual + "' " + (actual.endsWith(v) ? "ends" : "does not end") + " with '" + v + "'");
      default -> Result.invalid("unknown string matcher operator: " + op);
    };
  }

  /** {@code claim/...} and {@code groups}: a scalar means {@code has}. */
  static Result list(Node matcher, List<String> actual) {
    if (matcher instanceof ScalarNode s) {
      return has(s.text(), actual);
    }
    if (!(matcher instanceof MapNode map) || map.entries().isEmpty()) {
      return Result.invalid("the matcher is " + matcher.describe() + ", not a string or an object of operators");
    }
    List<Result> parts = new ArrayList<>();
    for (MapNode.Entry op : map.entries()) {
      if (!(op.value() instanceof ScalarNode s)) {
        parts.add(Result.invalid(op.name() + " needs a string"));
        continue;
      }
      String v = s.text();
      parts.add(switch (op.name()) {
        case "has" -> has(v, actual);
        case "is" -> new Result(actual.equals(List.of(v)), "the values " + actual + (actual.equals(List.of(v)) ? " are" : " are not") + " exactly ['" + v + "']",
            Optional.empty(), caseOnly(v, actual));
        case "exclude" -> new Result(!actual.contains(v), "the values " + actual + (actual.contains(v) ? " include" : " do not include") + " '" + v + "'",
            Optional.empty(), Optional.empty());
        default -> Result.invalid("unknown string list matcher operator: " + op.name());
      });
    }
    return all(parts);
  }

  private static Result is(String written, String actual) {
    if (written.equals(actual)) {
      return new Result(true, "'" + actual + "' is '" + written + "'", Optional.empty(), Optional.empty());
    }
    if (written.equalsIgnoreCase(actual)) {
      return new Result(false, "'" + written + "' differs from '" + actual + "' in case, and Pomerium compares exactly",
          Optional.empty(), Optional.of(actual));
    }
    return new Result(false, "'" + actual + "' is not '" + written + "'", Optional.empty(), Optional.empty());
  }

  private static Result has(String written, List<String> actual) {
    if (actual.contains(written)) {
      return new Result(true, "the values include '" + written + "'", Optional.empty(), Optional.empty());
    }
    Optional<String> caseOnly = caseOnly(written, actual);
    String why = caseOnly.isPresent()
        ? "'" + written + "' differs from '" + caseOnly.get() + "' in case, and Pomerium compares exactly"
        : actual.isEmpty() ? "there are no values" : "the values " + abbreviate(actual) + " do not include '" + written + "'";
    return new Result(false, why, Optional.empty(), caseOnly);
  }

  private static Optional<String> caseOnly(String written, List<String> actual) {
    return actual.stream().filter(written::equalsIgnoreCase).findFirst();
  }

  private static Result verdict(boolean matched, String why) {
    return new Result(matched, why, Optional.empty(), Optional.empty());
  }

  private static Result all(List<Result> parts) {
    for (Result r : parts) {
      if (!r.matched()) {
        return r;
      }
    }
    return new Result(true, String.join("; ", parts.stream().map(Result::why).toList()), Optional.empty(), Optional.empty());
  }

  private static String abbreviate(List<String> values) {
    return values.size() <= 3 ? values.toString() : values.subList(0, 3) + " and " + (values.size() - 3) + " more";
  }
}
