package io.github.pomeriumlint.rules.core;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/** An environment value Pomerium cannot decode (base64 ROUTES, JSON maps). */
public final class EnvValue extends Rule {
  public EnvValue() {
    super(
        RuleInfo.of("env-value", Severity.ERROR, "An environment variable does not decode as Pomerium expects")
            .description(
                "Pomerium decodes some variables before use: POLICY and ROUTES hold base64 of a YAML route list,"
                    + " map options such as IDP_REQUEST_PARAMS hold JSON. A value that does not decode stops the load.")
            .bad("ROUTES=LSBmcm9t.......")
            .good("ROUTES=$(base64 -w0 routes.yaml)"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.config()
        .environmentErrors()
        .forEach(e -> ctx.report(Severity.ERROR, e.span(), "", e.message(), e.hint()));
  }
}
