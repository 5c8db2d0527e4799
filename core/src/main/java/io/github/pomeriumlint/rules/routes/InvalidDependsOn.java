package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * Policy.Validate on {@code depends_on}: at most 5 hosts ("depends_on is limited to 5 additional
 * redirect hosts"), each a host name or an absolute URL ("unsupported depends_on value").
 */
public final class InvalidDependsOn extends RouteRule {
  static final int LIMIT = 5;

  public InvalidDependsOn() {
    super(
        RuleInfo.of("invalid-depends-on", Severity.ERROR, "depends_on has too many or unsupported values")
            .description(
                "depends_on names the hosts a route's sign-in also covers: at most 5, each a host name or an"
                    + " absolute URL. Pomerium refuses more, and a value with a path but no scheme and host.")
            .bad("depends_on:\n  - api.example.com/v1")
            .good("depends_on:\n  - https://api.example.com/v1")
            .appliesTo("0.30 and later"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    List<ScalarNode> values = RouteFields.strings(route.node(), "depends_on");
    if (values.size() > LIMIT) {
      ctx.report(
          values.get(LIMIT),
          "depends_on is limited to " + LIMIT + " additional redirect hosts, got " + values.size(),
          "keep at most " + LIMIT);
    }
    for (ScalarNode value : values) {
      String text = value.text().trim();
      if (text.contains("/") && !absoluteUrl(text)) {
        ctx.report(value, "unsupported depends_on value: a value with '/' must be an absolute URL", "write https://<host>/<path>, or the host alone");
      }
    }
  }

  private static boolean absoluteUrl(String text) {
    return GoUrl.parse(text).isOk();
  }
}
