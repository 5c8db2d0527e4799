package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.azure.Guid;
import io.github.pomeriumlint.azure.ProviderUrl;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;

/** {@code idp_client_id} and {@code idp_client_secret} for Azure: set, real, and of the right kind. */
public final class AzureClientCredentials extends Rule {
  private static final String WHERE_ID = "the Application (client) ID on the app registration's Overview page";

  public AzureClientCredentials() {
    super(
        RuleInfo.of("azure-client-credentials", Severity.ERROR, "The Azure client id or secret cannot be right")
            .description(
                "Azure identifies the app by its Application (client) ID, a GUID; anything else fails sign-in"
                    + " (AADSTS700016). A client secret shaped like a GUID is almost always the secret's ID, copied"
                    + " from the Secret ID column instead of the Value column, and fails with AADSTS7000215."
                    + " Placeholders and empty values fail too.")
            .bad("idp_client_secret: 5c3a0b7e-2f0e-4a59-9d1b-0b8e8f3f6e21")
            .good("idp_client_secret_file: /run/secrets/idp_client_secret"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!AzureSettings.signsInWithAzure(ctx)) {
      return;
    }
    Node provider = ctx.options().entry("idp_provider").orElseThrow().key();
    checkClientId(ctx, provider);
    if (ctx.options().scalar("idp_client_secret_file").isEmpty()) {
      checkSecret(ctx, provider);
    }
  }

  private static void checkClientId(LintContext ctx, Node provider) {
    Optional<ScalarNode> id = AzureSettings.scalar(ctx, "idp_client_id").filter(s -> !s.isBlank());
    if (id.isEmpty()) {
      if (AzureSettings.selfHostedAuthenticate(ctx)) {
        ctx.report(provider, "idp_provider is azure but idp_client_id is not set", "set idp_client_id to " + WHERE_ID);
      }
      return;
    }
    String text = id.get().text().trim();
    if (AzureSettings.isPlaceholder(text)) {
      ctx.report(id.get(), "idp_client_id is still a placeholder", "set it to " + WHERE_ID);
    } else if (!Guid.is(text)) {
      ctx.report(id.get(), "idp_client_id is not a GUID, so it cannot be an Application (client) ID", "use " + WHERE_ID);
    } else if (isTenantId(ctx, text)) {
      ctx.report(id.get(), "idp_client_id is the tenant id from idp_provider_url, not the application's id", "use " + WHERE_ID);
    }
  }

  private static boolean isTenantId(LintContext ctx, String clientId) {
    return ctx.options()
        .text("idp_provider_url")
        .flatMap(url -> ProviderUrl.parse(url).tenantId())
        .filter(clientId::equalsIgnoreCase)
        .isPresent();
  }

  private static void checkSecret(LintContext ctx, Node provider) {
    Optional<ScalarNode> secret = AzureSettings.scalar(ctx, "idp_client_secret").filter(s -> !s.isBlank());
    if (secret.isEmpty()) {
      if (AzureSettings.selfHostedAuthenticate(ctx)) {
        ctx.report(
            provider,
            "idp_provider is azure but neither idp_client_secret nor idp_client_secret_file is set",
            "create a client secret under Certificates & secrets and set idp_client_secret_file to a file holding its value");
      }
      return;
    }
    String text = secret.get().text().trim();
    if (AzureSettings.isPlaceholder(text)) {
      ctx.report(secret.get(), "idp_client_secret is still a placeholder", "set it to the client secret's value");
    } else if (Guid.is(text)) {
      ctx.report(
          Severity.WARNING,
          secret.get(),
          "idp_client_secret is shaped like a GUID: most likely the secret's ID, not its value",
          "copy the Value column under Certificates & secrets (shown only when the secret is created)");
    }
  }
}
