package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.OptionEnums;
import io.github.pomeriumlint.pomerium.Services;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.List;
import java.util.Locale;

/** Options with a fixed set of values: services, log levels, cookie_same_site, dns_lookup_family, ... */
public final class InvalidEnum extends Rule {
  public InvalidEnum() {
    super(
        RuleInfo.of("invalid-enum", Severity.ERROR, "An option has a value Pomerium does not accept")
            .description(
                "services, log_level, proxy_log_level, cookie_same_site, dns_lookup_family, bearer_token_format,"
                    + " jwt_issuer_format and downstream_mtls.enforcement take one of a fixed set of values; anything"
                    + " else stops the load (e.g. \"config: invalid log_level: unknown log level\"). Log levels and"
                    + " DNS families are compared with their case.")
            .bad("log_level: INFO\nservices: proxy,authz")
            .good("log_level: info\nservices: proxy,authorize"));
  }

  @Override
  public void check(LintContext ctx) {
    OptionValue.rawScalar(ctx.options(), "services").filter(s -> !s.isNull()).ifPresent(s -> checkServices(ctx, s));
    for (OptionEnums option : OptionEnums.ALL) {
      OptionValue.at(ctx, option.path()).ifPresent(node -> checkOne(ctx, option, node));
    }
  }

  private static void checkServices(LintContext ctx, ScalarNode node) {
    for (String part : node.text().split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      if (!Services.VALID.contains(name)) {
        List<String> valid = List.of("all", "authenticate", "authorize", "proxy", "databroker");
        ctx.report(
            node,
            (name.isEmpty() ? "an empty service name" : "'" + part.trim() + "'") + " is not a service; Pomerium refuses to load (\"is an invalid service type\")",
            Suggest.closest(name, valid).map(c -> "did you mean '" + c + "'?").orElse("use a comma-separated list of: " + String.join(", ", valid)));
        return;
      }
    }
  }

  private static void checkOne(LintContext ctx, OptionEnums option, ScalarNode node) {
    String value = node.text();
    if (node.isNull() || option.accepts(value)) {
      return;
    }
    String hint =
        option.values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
            .map(v -> "write it as '" + v + "'")
            .orElseGet(
                () -> Suggest.closest(value, option.shown()).map(c -> "did you mean '" + c + "'? ").orElse("")
                    + "accepted: " + String.join(", ", option.shown()));
    ctx.report(node, "'" + value + "' is not a valid " + option.path() + "; Pomerium refuses to load (\"" + option.loadFails() + "\")", hint);
  }
}
