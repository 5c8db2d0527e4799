package io.github.pomeriumlint.rules.core;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/** The document is a single value: neither a config mapping nor a route list. */
public final class RootNotMapping extends Rule {
  public RootNotMapping() {
    super(
        RuleInfo.of("root-not-mapping", Severity.ERROR, "The document is neither a mapping of options nor a route list")
            .description(
                "A Pomerium config is a mapping of options (a route list is also accepted, as in a legacy policy"
                    + " file or the content of ROUTES). A single scalar cannot be unmarshalled into the options.")
            .bad("just a string")
            .good("address: :443"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.document()
        .root()
        .filter(ScalarNode.class::isInstance)
        .map(ScalarNode.class::cast)
        .filter(s -> !s.isNull())
        .ifPresent(
            s ->
                ctx.report(
                    s,
                    "the document is " + s.describe() + ", but a config must be a mapping of options",
                    "write options as 'key: value' lines"));
  }
}
