package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Upstream and downstream TLS material of a route, as Policy.Validate checks it: client cert and
 * key come in pairs, and inline values are base64 of PEM. Files are not opened: the linter often
 * runs where they do not exist.
 */
public final class InvalidRouteTls extends RouteRule {
  public InvalidRouteTls() {
    super(
        RuleInfo.of("invalid-route-tls", Severity.ERROR, "The route's TLS certificate settings are incomplete or do not decode")
            .description(
                "Pomerium refuses a route that sets a client certificate without its key or a key without its"
                    + " certificate (\"client certificate key and cert both must be non-empty\"), and one whose"
                    + " tls_client_cert, tls_client_key, tls_custom_ca or tls_downstream_client_ca is not base64"
                    + " of PEM (\"couldn't decode ...\").")
            .bad("tls_client_cert_file: /certs/client.pem")
            .good("tls_client_cert_file: /certs/client.pem\ntls_client_key_file: /certs/client.key"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    pair(ctx, r, "tls_client_cert", "tls_client_key");
    pair(ctx, r, "tls_client_cert_file", "tls_client_key_file");
    decodes(ctx, r, "tls_client_cert", "client cert");
    decodes(ctx, r, "tls_client_key", "client key");
    decodes(ctx, r, "tls_custom_ca", "custom ca");
    decodes(ctx, r, "tls_downstream_client_ca", "downstream client ca");
  }

  private void pair(LintContext ctx, MapNode route, String cert, String key) {
    boolean hasCert = RouteFields.hasContent(route, cert);
    boolean hasKey = RouteFields.hasContent(route, key);
    if (hasCert != hasKey) {
      String set = hasCert ? cert : key;
      String missing = hasCert ? key : cert;
      ctx.report(
          route.entry(set).orElseThrow().key(),
          "'" + set + "' is set without '" + missing + "'; client certificate key and cert both must be non-empty",
          "add '" + missing + "'");
    }
  }

  private void decodes(LintContext ctx, MapNode route, String key, String what) {
    Optional<ScalarNode> value = route.scalar(key);
    if (value.isEmpty()) {
      return;
    }
    Parsed<byte[]> bytes = GoBase64.decodeStd(value.get().text().trim());
    if (!bytes.isOk()) {
      ctx.report(value.get(), "'" + key + "' " + bytes.error() + "; Pomerium couldn't decode the " + what, "set it to the output of: base64 -w0 FILE.pem");
    } else if (!new String(bytes.value(), StandardCharsets.US_ASCII).contains("-----BEGIN ")) {
      ctx.report(value.get(), "'" + key + "' decodes, but not to PEM; Pomerium couldn't decode the " + what, "base64-encode the whole PEM file, header lines included");
    }
  }
}
