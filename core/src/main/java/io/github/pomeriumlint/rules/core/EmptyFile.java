package io.github.pomeriumlint.rules.core;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Span;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/** A config with nothing in it: Pomerium starts on defaults, which is rarely what was meant. */
public final class EmptyFile extends Rule {
  public EmptyFile() {
    super(
        RuleInfo.of("empty-file", Severity.WARNING, "The file is empty")
            .description(
                "An empty config loads, but Pomerium then runs on defaults alone: no routes, random secrets and the"
                    + " hosted authenticate service. Usually the wrong file was given, or it was truncated.")
            .bad("")
            .good("authenticate_service_url: https://authenticate.example.com"));
  }

  @Override
  public void check(LintContext ctx) {
    if (ctx.document().root().isEmpty() && ctx.document().syntaxError().isEmpty()) {
      ctx.report(
          Severity.WARNING,
          Span.point(ctx.source().name(), 1, 1),
          "",
          "the file has no content; Pomerium would run on defaults alone",
          "check that this is the config you meant to lint");
    }
  }
}
