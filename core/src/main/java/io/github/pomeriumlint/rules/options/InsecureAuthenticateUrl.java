package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Set;

/**
 * Pomerium marks its session cookies {@code Secure}; browsers drop such cookies on a plain http
 * origin (loopback aside), so an http authenticate URL loads but sign-in never sticks.
 */
public final class InsecureAuthenticateUrl extends Rule {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

  public InsecureAuthenticateUrl() {
    super(
        RuleInfo.of("insecure-authenticate-url", Severity.WARNING, "authenticate_service_url uses plain http")
            .description(
                "Pomerium loads an http authenticate URL, but its cookies are always Secure, so browsers do not"
                    + " keep them on that origin and users loop back to sign-in.")
            .bad("authenticate_service_url: http://authenticate.example.com")
            .good("authenticate_service_url: https://authenticate.example.com"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.options().scalar("authenticate_service_url").ifPresent(value -> {
      GoUrl url = GoUrl.parse(value.text()).value();
      if (url != null && url.scheme().equals("http") && !LOOPBACK.contains(url.hostName())) {
        ctx.report(
            value,
            "'authenticate_service_url' uses http; browsers drop Pomerium's Secure session cookies there, so sign-in does not stick",
            "serve the authenticate service over https");
      }
    });
  }
}
