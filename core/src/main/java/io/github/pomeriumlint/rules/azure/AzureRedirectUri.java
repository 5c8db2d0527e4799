package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The redirect URI the app registration must list. Azure refuses a sign-in whose redirect URI it
 * does not know (AADSTS50011), and the portal is the one place the linter cannot look offline.
 */
public final class AzureRedirectUri extends Rule {
  public AzureRedirectUri() {
    super(
        RuleInfo.of("azure-redirect-uri", Severity.INFO, "The redirect URI to register in Azure")
            .description(
                "Pomerium's authenticate service receives the sign-in answer at /oauth2/callback on the host of"
                    + " authenticate_service_url. The app registration must list exactly that URL as a Web redirect URI,"
                    + " or Azure refuses the sign-in with AADSTS50011. This finding prints the URL to register.")
            .bad("# redirect URI registered in Azure: https://pomerium.corp.example.com/callback")
            .good(
                "authenticate_service_url: https://authenticate.corp.example.com\n"
                    + "# redirect URI registered in Azure: https://authenticate.corp.example.com/oauth2/callback"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!AzureSettings.signsInWithAzure(ctx)) {
      return;
    }
    ScalarNode url = ctx.options().scalar("authenticate_service_url").orElse(null);
    if (url == null) {
      return; // azure-hosted-authenticate explains that case
    }
    try {
      URI uri = new URI(url.text().trim());
      if (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme())) {
        return; // invalid-url and insecure-authenticate-url report these
      }
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      ctx.report(
          url,
          "Azure AD must list https://" + authority + "/oauth2/callback as a Web redirect URI of the app registration",
          "in the Azure portal: App registrations > the app > Authentication > Web > Redirect URIs");
    } catch (URISyntaxException e) {
      // invalid-url reports it
    }
  }
}
