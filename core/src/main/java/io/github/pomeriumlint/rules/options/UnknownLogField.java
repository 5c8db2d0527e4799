package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.LogFields;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.List;

/** An entry of {@code access_log_fields} or {@code authorize_log_fields} that Pomerium does not know. */
public final class UnknownLogField extends Rule {
  public UnknownLogField() {
    super(
        RuleInfo.of("unknown-log-field", Severity.WARNING, "A log field Pomerium does not know")
            .description(
                "access_log_fields and authorize_log_fields take known field names or headers.<Name>. From 0.32"
                    + " Pomerium logs \"config: invalid access_log_fields\" and drops the field (a warning); up to 0.31"
                    + " it refused to load (an error).")
            .bad("access_log_fields: [method, path, status]")
            .good("access_log_fields: [method, path, response-code]"));
  }

  @Override
  public void check(LintContext ctx) {
    Severity severity = ctx.version().compareTo(LogFields.ONLY_LOGGED_FROM) >= 0 ? Severity.WARNING : Severity.ERROR;
    for (String option : List.of("access_log_fields", "authorize_log_fields")) {
      ctx.options().get(option).ifPresent(value -> {
        List<Node> items = value instanceof ListNode list ? list.items() : List.of(value);
        for (Node item : items) {
          if (item instanceof ScalarNode s && !s.isBlank()) {
            for (String field : s.text().split(",")) {
              check(ctx, severity, option, s, field.trim());
            }
          }
        }
      });
    }
  }

  private static void check(LintContext ctx, Severity severity, String option, ScalarNode node, String field) {
    if (field.isEmpty() || LogFields.isValid(option, field)) {
      return;
    }
    String effect = severity == Severity.ERROR ? "Pomerium " + ctx.version() + " refuses to load" : "Pomerium leaves it out of the log";
    ctx.report(
        severity,
        node,
        "'" + field + "' is not a field of " + option + "; " + effect,
        Suggest.closest(field, LogFields.FIELDS.get(option)).map(c -> "did you mean '" + c + "'?").orElse("use a known field or headers.<Name>"));
  }
}
