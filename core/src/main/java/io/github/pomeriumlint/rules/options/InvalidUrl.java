package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * The service URL options, which Pomerium checks at load with {@code urlutil.ParseAndValidateURL}:
 * they need a scheme and a host ({@code authenticate.example.com} alone is refused).
 */
public final class InvalidUrl extends Rule {
  /** Option to what Pomerium calls it in its load error. */
  private static final Map<String, String> URL_OPTIONS =
      Map.of(
          "authenticate_service_url", "bad authenticate-url",
          "authenticate_internal_service_url", "bad authenticate-internal-url",
          "signout_redirect_url", "bad signout-redirect-url",
          "authorize_service_url", "bad authorize-url",
          "authorize_internal_service_url", "bad authorize-internal-url",
          "authorize_service_urls", "bad authorize-url",
          "databroker_service_url", "bad databroker service url",
          "databroker_internal_service_url", "bad databroker internal service url",
          "databroker_service_urls", "bad databroker service url");

  public InvalidUrl() {
    super(
        RuleInfo.of("invalid-url", Severity.ERROR, "A service URL has no scheme or host")
            .description(
                "authenticate_service_url, the authorize and databroker service URLs (and their internal and"
                    + " list forms) and signout_redirect_url must be absolute URLs: a scheme and a host. Pomerium"
                    + " refuses to load otherwise (\"config: bad authenticate-url ...\").")
            .bad("authenticate_service_url: authenticate.example.com")
            .good("authenticate_service_url: https://authenticate.example.com"));
  }

  @Override
  public void check(LintContext ctx) {
    for (String key : URL_OPTIONS.keySet().stream().sorted().toList()) {
      ctx.options().get(key).ifPresent(value -> {
        List<Node> items = value instanceof ListNode list ? list.items() : List.of(value);
        for (Node item : items) {
          if (item instanceof ScalarNode s && !s.isBlank()) {
            check(ctx, key, s);
          }
        }
      });
    }
  }

  private static void check(LintContext ctx, String key, ScalarNode value) {
    Parsed<GoUrl> url = GoUrl.parse(value.text());
    if (!url.isOk()) {
      ctx.report(
          value,
          "'" + key + "' " + url.error() + "; Pomerium refuses to load (\"config: " + URL_OPTIONS.get(key) + "\")",
          "write an absolute URL with scheme and host, e.g. https://authenticate.example.com or http://pomerium-authorize:5443");
    }
  }
}
