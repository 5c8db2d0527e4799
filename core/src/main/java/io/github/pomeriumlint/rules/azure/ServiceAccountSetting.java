package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.azure.ServiceAccount;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import java.util.Optional;

/**
 * The Azure {@code idp_service_account} of a config, decoded, wherever it came from (the file or
 * the environment). Decoded in every release, also after its removal in 0.20, because the same
 * credentials serve the online checks.
 */
record ServiceAccountSetting(ScalarNode node, ServiceAccount account) {

  static Optional<ServiceAccountSetting> of(LintContext ctx) {
    if (!AzureSettings.signsInWithAzure(ctx)) {
      return Optional.empty();
    }
    return ctx.options()
        .scalar("idp_service_account")
        .map(node -> new ServiceAccountSetting(node, ServiceAccount.decode(node, ctx.version())));
  }
}
