package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.charset.StandardCharsets;

/** {@code metrics_basic_auth} is base64 of {@code user:password}, checked at load. */
public final class InvalidMetricsBasicAuth extends Rule {
  public InvalidMetricsBasicAuth() {
    super(
        RuleInfo.of("invalid-metrics-basic-auth", Severity.ERROR, "metrics_basic_auth is not base64 of user:password")
            .description(
                "Pomerium refuses to load a metrics_basic_auth that is not standard base64 (\"metrics_basic_auth must"
                    + " be a base64 encoded string\") or whose decoded text has no colon (\"should contain a user name"
                    + " and password separated by a colon\").")
            .bad("metrics_basic_auth: prometheus:secret")
            .good("metrics_basic_auth: cHJvbWV0aGV1czpzZWNyZXQ=  # base64 of prometheus:secret"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.options().scalar("metrics_basic_auth").ifPresent(value -> {
      Parsed<byte[]> decoded = GoBase64.decodeStd(value.text());
      if (!decoded.isOk()) {
        ctx.report(value, "the value of 'metrics_basic_auth' " + decoded.error() + "; Pomerium refuses to load", "set the base64 of user:password, e.g. printf '%s' 'user:password' | base64");
      } else if (!new String(decoded.value(), StandardCharsets.UTF_8).contains(":")) {
        ctx.report(value, "the value of 'metrics_basic_auth' decodes to text without a colon; Pomerium refuses to load", "encode user:password, not the password alone");
      }
    });
  }
}
