package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.pomerium.Services;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/**
 * In all-in-one mode Pomerium makes up random secrets; a service run on its own cannot, so
 * {@code shared_secret} is required in every split mode and {@code cookie_secret} for the
 * authenticate and proxy services.
 */
public final class MissingSecret extends Rule {
  public MissingSecret() {
    super(
        RuleInfo.of("missing-secret", Severity.ERROR, "A service run on its own needs a shared or cookie secret")
            .description(
                "When services is not 'all', Pomerium cannot generate secrets: without shared_secret the load"
                    + " fails (\"invalid shared secret: empty shared secret\"), and without cookie_secret the"
                    + " authenticate and proxy services do not start (\"empty cookie secret\"). Every service of"
                    + " one deployment must share the same values.")
            .bad("services: proxy\ncookie_secret: WwMtDXWaRDMBQCylle8OJ+w4kLIDIGd8W3cB4/zFFtg=")
            .good("services: proxy\nshared_secret: 9OkZR6hwfmVD3a7Sfmgq58lUbFJGGz4hl/R9xbHFCAg=\ncookie_secret: WwMtDXWaRDMBQCylle8OJ+w4kLIDIGd8W3cB4/zFFtg="));
  }

  @Override
  public void check(LintContext ctx) {
    Services services = OptionValue.services(ctx);
    if (services.allInOne()) {
      return;
    }
    Node where = ctx.options().get("services").orElseThrow();
    String mode = ctx.options().text("services").orElse("");
    if (!OptionValue.isSet(ctx.options(), "shared_secret")) {
      ctx.report(
          where,
          "services '" + mode + "' runs without shared_secret; Pomerium refuses to load (\"empty shared secret\")",
          "set shared_secret (or shared_secret_file) to the value every service shares; " + InvalidSecret.GENERATE);
    }
    if ((services.runs("authenticate") || services.runs("proxy")) && !OptionValue.isSet(ctx.options(), "cookie_secret")) {
      ctx.report(
          where,
          "services '" + mode + "' runs the authenticate or proxy service without cookie_secret, which it needs to start",
          "set cookie_secret (or cookie_secret_file); " + InvalidSecret.GENERATE);
    }
  }
}
