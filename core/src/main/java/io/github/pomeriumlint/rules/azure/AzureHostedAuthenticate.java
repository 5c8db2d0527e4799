package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/**
 * Azure settings without {@code authenticate_service_url}: Pomerium then sends users to the
 * hosted authenticate service, which signs them in with its own provider, and ignores them.
 */
public final class AzureHostedAuthenticate extends Rule {
  public AzureHostedAuthenticate() {
    super(
        RuleInfo.of("azure-hosted-authenticate", Severity.WARNING, "Azure settings are ignored without authenticate_service_url")
            .description(
                "When authenticate_service_url is empty, Pomerium uses the hosted authenticate service"
                    + " (authenticate.pomerium.app) and the idp_* settings are not used. To sign in with Azure AD, set"
                    + " authenticate_service_url and register https://<its host>/oauth2/callback as a Web redirect URI"
                    + " of the app registration.")
            .bad("idp_provider: azure\nidp_client_id: 07c75631-f770-4561-8f6b-4356e397c699")
            .good(
                "authenticate_service_url: https://authenticate.corp.example.com\n"
                    + "# redirect URI in Azure: https://authenticate.corp.example.com/oauth2/callback\n"
                    + "idp_provider: azure"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!AzureSettings.signsInWithAzure(ctx) || AzureSettings.selfHostedAuthenticate(ctx) || !AzureSettings.hasIdpSettings(ctx)) {
      return;
    }
    ctx.report(
        ctx.options().entry("idp_provider").orElseThrow().key(),
        "authenticate_service_url is empty, so users sign in through the hosted authenticate service and the Azure settings are ignored",
        "set authenticate_service_url (e.g. https://authenticate.example.com) and register"
            + " https://authenticate.example.com/oauth2/callback as the app's Web redirect URI");
  }
}
