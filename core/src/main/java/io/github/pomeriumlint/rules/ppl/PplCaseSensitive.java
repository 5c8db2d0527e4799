package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.ppl.Condition;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PolicyRule;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Locale;
import java.util.Set;

/** An email or domain with capitals: Pomerium compares them case-sensitively. */
public final class PplCaseSensitive extends RouteRule {
  private static final Set<String> CRITERIA = Set.of("email", "domain");

  public PplCaseSensitive() {
    super(
        RuleInfo.of("ppl-case-sensitive", Severity.WARNING, "An email or domain with capitals matches only those capitals")
            .description(
                "Pomerium compares emails and domains exactly, capitals included (Rego equality), and identity"
                    + " providers usually send them in lower case. 'Alice@Example.com' then never matches, and the"
                    + " user gets a 403. This covers PPL email/domain criteria and the allowed_users and"
                    + " allowed_domains fields that Pomerium turns into them.")
            .bad("allow:\n  or:\n    - email: {is: Alice@Example.com}")
            .good("allow:\n  or:\n    - email: {is: alice@example.com}"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Policy policy : ctx.enforcedPolicies(route)) {
      for (PolicyRule rule : policy.rules()) {
        for (Condition condition : rule.conditions()) {
          for (Criterion c : condition.criteria()) {
            if (CRITERIA.contains(c.name())) {
              check(ctx, c, c.value());
            }
          }
        }
      }
    }
  }

  private void check(LintContext ctx, Criterion c, Node value) {
    if (value instanceof MapNode map) {
      map.entries().forEach(e -> check(ctx, c, e.value()));
    } else if (value instanceof ListNode list) {
      list.items().forEach(item -> check(ctx, c, item));
    } else if (value instanceof ScalarNode s && hasCapitals(s.text()) && (!c.legacy() || !c.name().equals("email") || s.text().contains("@"))) {
      ctx.report(
          s,
          "'" + s.text() + "' has capitals, and Pomerium compares " + c.name() + "s case-sensitively, so it matches only that spelling",
          "write it as the identity provider sends it, usually lower case: '" + s.text().toLowerCase(Locale.ROOT) + "'");
    }
  }

  /** Whether lower-casing changes the text; ASCII, by far the usual case, is checked without lower-casing. */
  private static boolean hasCapitals(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return !text.equals(text.toLowerCase(Locale.ROOT));
      }
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }
}
