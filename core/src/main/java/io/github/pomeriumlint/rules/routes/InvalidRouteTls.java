package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.KeyPair;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Upstream and downstream TLS material of a route, as Policy.Validate checks it: client cert and
 * key come in pairs, inline values are base64 of PEM, and the pair Pomerium loads (inline first,
 * else the files) must be a certificate and its own key. Files that cannot be read here are left
 * to route-file-not-found: the linter often runs where they do not exist.
 */
public final class InvalidRouteTls extends RouteRule {
  public InvalidRouteTls() {
    super(
        RuleInfo.of("invalid-route-tls", Severity.ERROR, "The route's TLS certificate settings are incomplete or do not decode")
            .description(
                "Pomerium refuses a route that sets a client certificate without its key or a key without its"
                    + " certificate (\"client certificate key and cert both must be non-empty\"), and one whose"
                    + " tls_client_cert, tls_client_key, tls_custom_ca or tls_downstream_client_ca is not base64"
                    + " of PEM (\"couldn't decode ...\"), or whose client key does not belong to its certificate"
                    + " (\"tls: private key does not match public key\").")
            .bad("tls_client_cert_file: /certs/client.pem")
            .good("tls_client_cert_file: /certs/client.pem\ntls_client_key_file: /certs/client.key"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    pair(ctx, r, "tls_client_cert", "tls_client_key");
    pair(ctx, r, "tls_client_cert_file", "tls_client_key_file");
    Optional<String> cert = decodes(ctx, r, "tls_client_cert", "client cert");
    Optional<String> key = decodes(ctx, r, "tls_client_key", "client key");
    if (cert.isPresent() && key.isPresent()) {
      matches(ctx, r.scalar("tls_client_cert").orElseThrow(), cert.get(), key.get(), "'tls_client_cert' and 'tls_client_key'");
    } else if (!RouteFields.hasContent(r, "tls_client_cert") && !RouteFields.hasContent(r, "tls_client_key")) {
      filePair(ctx, r);
    }
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

  /** The PEM text of an inline value, or empty when it is absent or does not decode (reported). */
  private Optional<String> decodes(LintContext ctx, MapNode route, String key, String what) {
    Optional<ScalarNode> value = route.scalar(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Parsed<byte[]> bytes = GoBase64.decodeStd(value.get().text().trim());
    if (!bytes.isOk()) {
      ctx.report(value.get(), "'" + key + "' " + bytes.error() + "; Pomerium couldn't decode the " + what, "set it to the output of: base64 -w0 FILE.pem");
      return Optional.empty();
    }
    String pem = new String(bytes.value(), StandardCharsets.US_ASCII);
    if (!pem.contains("-----BEGIN ")) {
      ctx.report(value.get(), "'" + key + "' decodes, but not to PEM; Pomerium couldn't decode the " + what, "base64-encode the whole PEM file, header lines included");
      return Optional.empty();
    }
    return Optional.of(pem);
  }

  private void filePair(LintContext ctx, MapNode route) {
    Optional<ScalarNode> certFile = route.scalar("tls_client_cert_file");
    Optional<ScalarNode> keyFile = route.scalar("tls_client_key_file");
    if (certFile.isEmpty() || keyFile.isEmpty()) {
      return;
    }
    Optional<String> cert = ctx.readFile(certFile.get());
    Optional<String> key = ctx.readFile(keyFile.get());
    if (cert.isPresent() && key.isPresent()) {
      matches(ctx, certFile.get(), cert.get(), key.get(), "the files of 'tls_client_cert_file' and 'tls_client_key_file'");
    }
  }

  private void matches(LintContext ctx, ScalarNode at, String certPem, String keyPem, String what) {
    KeyPair.problem(certPem, keyPem).ifPresent(problem -> ctx.report(at,
        what + " are not a usable pair: " + problem + "; Pomerium refuses the route",
        "use the client certificate together with its own private key"));
  }
}
