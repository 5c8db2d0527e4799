package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.IdpProviders;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.Locale;

/** {@code idp_provider} must name a provider Pomerium has; the lookup is case-sensitive. */
public final class UnknownIdpProvider extends Rule {
  public UnknownIdpProvider() {
    super(
        RuleInfo.of("unknown-idp-provider", Severity.ERROR, "idp_provider names no provider Pomerium knows")
            .description(
                "Pomerium loads any idp_provider, but every sign-in then fails with \"identity: unknown"
                    + " provider\" (HTTP 500). Names are matched exactly: apple, auth0, azure, cognito, github,"
                    + " gitlab, google, hosted, oidc, okta, onelogin, ping.")
            .bad("idp_provider: AzureAD")
            .good("idp_provider: azure"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.options()
        .scalar("idp_provider")
        .ifPresent(
            node -> {
              String name = node.text();
              if (IdpProviders.isKnown(name)) {
                return;
              }
              String lower = name.trim().toLowerCase(Locale.ROOT);
              String hint =
                  IdpProviders.isKnown(lower)
                      ? "write it as '" + lower + "'"
                      : Suggest.closest(name, IdpProviders.NAMES)
                          .map(c -> "did you mean '" + c + "'? Known: " + String.join(", ", IdpProviders.NAMES))
                          .orElse("use one of: " + String.join(", ", IdpProviders.NAMES) + " (oidc for any other OpenID Connect provider)");
              ctx.report(node, "unknown identity provider '" + name + "'; every sign-in fails with \"identity: unknown provider\"", hint);
            });
  }
}
