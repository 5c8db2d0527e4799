package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the Azure rules share: whether the config signs in with Azure, and how values are read. */
final class AzureSettings {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("^<.*>$|^\\{.*}$|^\\$\\{.*}$|REPLACE|CHANGE[_-]?ME|^YOUR[_-]|^x{4,}$|^\\.\\.\\.$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private static final List<String> IDP_KEYS =
      List.of("idp_provider_url", "idp_client_id", "idp_client_secret", "idp_client_secret_file", "idp_scopes", "idp_request_params");

  private AzureSettings() {}

  /** Whether the effective config signs users in with Azure AD ({@code idp_provider: azure}). */
  static boolean signsInWithAzure(LintContext ctx) {
    return ctx.options().text("idp_provider").filter(p -> p.equals("azure")).isPresent();
  }

  /**
   * Whether Pomerium runs its own authenticate service, which is what reads the idp_* settings;
   * without {@code authenticate_service_url} the hosted one is used and they are ignored.
   */
  static boolean selfHostedAuthenticate(LintContext ctx) {
    return ctx.options().scalar("authenticate_service_url").isPresent();
  }

  /** Whether any identity provider setting besides {@code idp_provider} is set. */
  static boolean hasIdpSettings(LintContext ctx) {
    return IDP_KEYS.stream().anyMatch(k -> ctx.options().scalar(k).isPresent());
  }

  static boolean isPlaceholder(String text) {
    return PLACEHOLDER.matcher(text.trim()).find();
  }

  static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches();
  }

  /** The value of a top-level key, when it is a scalar. */
  static Optional<ScalarNode> scalar(LintContext ctx, String key) {
    return ctx.options().get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
  }
}
