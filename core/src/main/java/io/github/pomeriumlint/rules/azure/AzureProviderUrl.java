package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.azure.ProviderUrl;
import io.github.pomeriumlint.azure.ProviderUrl.Mistake;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;

/**
 * {@code idp_provider_url} for Azure. go-oidc requires the discovery document's issuer to equal
 * the configured URL byte for byte, so every form but {@code https://<authority>/<tenant-id>/v2.0}
 * (and the exact default for {@code common}) fails, at sign-in, with HTTP 500.
 */
public final class AzureProviderUrl extends Rule {
  public AzureProviderUrl() {
    super(
        RuleInfo.of("azure-provider-url", Severity.ERROR, "The Azure provider URL is not of the form Pomerium can use")
            .description(
                "Pomerium fetches <idp_provider_url>/.well-known/openid-configuration and requires the issuer in it"
                    + " to equal the URL exactly. Only https://login.microsoftonline.com/<tenant-id>/v2.0 (or a national"
                    + " cloud's authority host) passes: a trailing slash, the whole metadata URL, the v1 endpoint, a"
                    + " tenant domain name, 'organizations' or 'consumers' all fail at sign-in with HTTP 500. 'common'"
                    + " works only as the exact default string, admits every tenant, and cannot verify access tokens"
                    + " (bearer_token_format: idp_access_token); before 0.11 it failed like the others.")
            .bad("idp_provider_url: https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/")
            .good("idp_provider_url: https://login.microsoftonline.com/db260707-7802-4dec-98d0-96446b98d6c1/v2.0"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!AzureSettings.signsInWithAzure(ctx)) {
      return;
    }
    if (ctx.options().get("idp_provider_url").filter(n -> !(n instanceof ScalarNode)).isPresent()) {
      return; // not a string at all: the option type checks report that
    }
    Optional<ScalarNode> written = AzureSettings.scalar(ctx, "idp_provider_url");
    Optional<ScalarNode> value = written.filter(s -> !s.isBlank());
    if (value.isEmpty() && !AzureSettings.selfHostedAuthenticate(ctx)) {
      return; // the hosted authenticate service signs users in; the URL is not used
    }
    Node at = written.<Node>map(v -> v).orElseGet(() -> ctx.options().entry("idp_provider").orElseThrow().value());
    ProviderUrl url = ProviderUrl.parse(value.map(ScalarNode::text).orElse(""));
    if (!url.works()) {
      reportMistake(ctx, at, url);
      return;
    }
    if (!url.multiTenant()) {
      return;
    }
    String subject = value.isPresent() ? "idp_provider_url 'common'" : "idp_provider_url is empty, which means " + ProviderUrl.COMMON + ": it";
    if (ctx.version().before("0.11") && url.tenant().filter("common"::equals).isPresent()) {
      ctx.report(
          at,
          subject + " fails the issuer check before Pomerium 0.11, which added the special case for 'common'",
          "use https://login.microsoftonline.com/<tenant-id>/v2.0");
    } else if (accessTokensAsBearer(ctx)) {
      ctx.report(
          at,
          subject + " cannot verify access tokens: bearer_token_format idp_access_token needs a tenant id in the URL",
          "use https://login.microsoftonline.com/<tenant-id>/v2.0");
    } else {
      ctx.report(
          Severity.WARNING,
          at,
          subject + " admits accounts of every Microsoft tenant and personal accounts",
          "unless the app is meant to be multi-tenant, use https://login.microsoftonline.com/<tenant-id>/v2.0");
    }
  }

  private static void reportMistake(LintContext ctx, Node at, ProviderUrl url) {
    Mistake mistake = url.mistakes().get(0);
    String message = "idp_provider_url " + mistake.explanation();
    if (url.mistakes().size() > 1) {
      message += "; it also " + url.mistakes().get(1).explanation();
    }
    if (mistake == Mistake.NOT_MICROSOFT_HOST) {
      ctx.report(
          Severity.WARNING,
          at,
          message + ", yet idp_provider is azure",
          "for another OpenID Connect provider use idp_provider: oidc; for Azure use " + url.template());
      return;
    }
    String hint =
        url.canonical()
            .map(c -> "use " + c)
            .orElseGet(
                () ->
                    "use the Directory (tenant) ID from the app registration's Overview page: "
                        + url.template());
    ctx.report(at, message, hint);
  }

  private static boolean accessTokensAsBearer(LintContext ctx) {
    return ctx.options().text("bearer_token_format").filter("idp_access_token"::equals).isPresent();
  }
}
