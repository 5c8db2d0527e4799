package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.azure.Guid;
import io.github.pomeriumlint.azure.ProviderUrl;
import io.github.pomeriumlint.azure.ServiceAccount;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;

/** A service account for another tenant, or another app, than the sign-in settings. */
public final class ServiceAccountMismatch extends Rule {
  public ServiceAccountMismatch() {
    super(
        RuleInfo.of("service-account-mismatch", Severity.ERROR, "The service account disagrees with the sign-in settings")
            .description(
                "The service account's directory_id is the tenant whose users and groups are read; when it differs"
                    + " from the tenant in idp_provider_url, groups come from another directory and never match the"
                    + " users who sign in. A client_id that differs from idp_client_id is allowed (a separate app for"
                    + " directory reads) but is usually a copy-paste mistake: a warning.")
            .bad("idp_provider_url: https://login.microsoftonline.com/db260707-7802-4dec-98d0-96446b98d6c1/v2.0\n"
                + "# idp_service_account decodes to {\"directory_id\": \"0b1e...\", ...}")
            .good("# directory_id: db260707-7802-4dec-98d0-96446b98d6c1, the tenant of the provider URL")
            .appliesTo("up to 0.19 (decoded on every release)"));
  }

  @Override
  public void check(LintContext ctx) {
    ServiceAccountSetting.of(ctx).ifPresent(setting -> compare(ctx, setting));
  }

  private static void compare(LintContext ctx, ServiceAccountSetting setting) {
    ServiceAccount account = setting.account();
    Optional<String> tenant = ctx.options().text("idp_provider_url").flatMap(u -> ProviderUrl.parse(u).tenantId());
    // Only ids are compared: a domain and a GUID may name the same tenant.
    Optional<String> directoryId = account.directoryId().map(String::trim).filter(Guid::is);
    if (tenant.isPresent() && directoryId.isPresent() && !directoryId.get().equalsIgnoreCase(tenant.get())) {
      ctx.report(
          setting.node(),
          "idp_service_account's directory_id is not the tenant of idp_provider_url (" + tenant.get() + ")",
          "use the same tenant in both, the Directory (tenant) ID of the app registration");
    }
    Optional<String> clientId = ctx.options().text("idp_client_id");
    Optional<String> accountClientId = account.clientId().map(String::trim).filter(Guid::is);
    if (clientId.isPresent() && accountClientId.isPresent() && !accountClientId.get().equalsIgnoreCase(clientId.get())) {
      ctx.report(
          Severity.WARNING,
          setting.node(),
          "idp_service_account's client_id differs from idp_client_id (" + clientId.get() + ")",
          "use the same app unless a separate app is meant to read the directory");
    }
  }
}
