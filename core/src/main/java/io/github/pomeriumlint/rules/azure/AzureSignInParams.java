package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code idp_scopes} and {@code idp_request_params} replace Pomerium's defaults for Azure
 * ({@code openid profile email offline_access}; {@code prompt=select_account}) rather than adding
 * to them.
 */
public final class AzureSignInParams extends Rule {
  public AzureSignInParams() {
    super(
        RuleInfo.of("azure-sign-in-params", Severity.INFO, "Custom scopes or request parameters drop a default")
            .description(
                "idp_scopes replaces the default 'openid profile email offline_access': without openid Azure issues"
                    + " no ID token and sign-in fails; without email the token carries no email claim, so email and"
                    + " domain rules deny everyone. idp_request_params replaces the default prompt=select_account, so"
                    + " users signed in to another Microsoft account are no longer asked which one to use.")
            .bad("idp_scopes: [openid, profile]")
            .good("idp_scopes: [openid, profile, email, offline_access]"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!AzureSettings.signsInWithAzure(ctx)) {
      return;
    }
    ctx.options().get("idp_scopes").filter(n -> !(n instanceof MapNode)).ifPresent(scopes -> checkScopes(ctx, scopes));
    ctx.options()
        .entry("idp_request_params")
        .filter(e -> e.value() instanceof MapNode params && !params.entries().isEmpty() && !params.has("prompt"))
        .ifPresent(
            params ->
                ctx.report(
                    params.key(),
                    "idp_request_params replaces the default prompt=select_account, so Azure no longer asks which account to use",
                    "add prompt: select_account to keep the account picker"));
  }

  private static void checkScopes(LintContext ctx, Node scopes) {
    Set<String> names = new HashSet<>();
    scopes.forEachScalar(s -> {
      for (String scope : s.text().split("[,\\s]+")) {
        names.add(scope.toLowerCase(Locale.ROOT));
      }
    });
    names.remove("");
    if (names.isEmpty()) {
      return;
    }
    if (!names.contains("openid")) {
      ctx.report(Severity.WARNING, scopes, "idp_scopes lacks openid, so Azure issues no ID token and sign-in fails", "add openid");
    } else if (!names.contains("email")) {
      ctx.report(scopes, "idp_scopes lacks email, so tokens carry no email claim and email or domain rules deny everyone", "add email");
    }
  }
}
