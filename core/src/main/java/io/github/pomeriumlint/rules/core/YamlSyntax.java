package io.github.pomeriumlint.rules.core;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/** The file is not valid YAML (or JSON): Pomerium fails with "failed to read config". */
public final class YamlSyntax extends Rule {
  public YamlSyntax() {
    super(
        RuleInfo.of("yaml-syntax", Severity.ERROR, "The file does not parse as YAML or JSON")
            .description(
                "Pomerium reads its config with a YAML (or, for .json files, JSON) parser and refuses to start"
                    + " when the file does not parse. The finding points where the parser gave up.")
            .bad("cookie_secret: *REDACTED*   # '*' starts an alias")
            .good("cookie_secret: '*REDACTED*'"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.document().syntaxError().ifPresent(e -> ctx.report(Severity.ERROR, e.span(), "", e.message(), e.hint()));
  }
}
