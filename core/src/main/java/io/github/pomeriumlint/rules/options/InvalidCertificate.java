package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.KeyPair;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The server and metrics certificates, which Pomerium loads at validation: base64 PEM for
 * {@code certificate}/{@code certificate_key}, PEM files for the {@code *_file} forms and the
 * {@code certificates} list. Each pair needs both halves, and the key must match the certificate.
 */
public final class InvalidCertificate extends Rule {
  public InvalidCertificate() {
    super(
        RuleInfo.of("invalid-certificate", Severity.ERROR, "A certificate or its key is unusable")
            .description(
                "Pomerium loads certificate/certificate_key (base64 of PEM), certificate_file/certificate_key_file,"
                    + " every certificates entry and the metrics certificate when it loads the config. A half"
                    + " pair, a value that is not PEM, or a key that does not belong to the certificate stops the"
                    + " load (\"config: bad cert base64\", \"config: bad cert file\", \"tls: private key does not"
                    + " match public key\").")
            .bad("certificate_file: cert.pem\n# certificate_key_file missing")
            .good("certificate_file: cert.pem\ncertificate_key_file: key.pem"));
  }

  @Override
  public void check(LintContext ctx) {
    MapNode options = ctx.options();
    inlinePair(ctx, options, "certificate", "certificate_key", true);
    filePair(ctx, options, "certificate_file", "certificate_key_file", true);
    inlinePair(ctx, options, "metrics_certificate", "metrics_certificate_key", false);
    filePair(ctx, options, "metrics_certificate_file", "metrics_certificate_key_file", false);
    options.get("certificates").filter(ListNode.class::isInstance).ifPresent(list -> {
      for (Node item : list.asList().items()) {
        if (item instanceof MapNode pair) {
          filePair(ctx, pair, "cert", "key", true);
        }
      }
    });
  }

  /**
   * @param halfIsError whether Pomerium loads the pair as soon as one half is set (the server
   *     certificate) rather than only when both are (the metrics one)
   */
  private static void inlinePair(LintContext ctx, MapNode options, String certKey, String keyKey, boolean halfIsError) {
    Optional<ScalarNode> cert = options.scalar(certKey);
    Optional<ScalarNode> key = options.scalar(keyKey);
    if (!bothHalves(ctx, certKey, keyKey, cert, key, halfIsError)) {
      return;
    }
    Optional<String> certPem = decode(ctx, certKey, cert.get());
    Optional<String> keyPem = decode(ctx, keyKey, key.get());
    if (certPem.isPresent() && keyPem.isPresent()) {
      KeyPair.problem(certPem.get(), keyPem.get())
          .ifPresent(p -> ctx.report(cert.get(), "'" + certKey + "' and '" + keyKey + "' are not a usable pair: " + p + "; Pomerium refuses to load", "set the base64 of the PEM certificate and of its own private key"));
    }
  }

  private static void filePair(LintContext ctx, MapNode options, String certKey, String keyKey, boolean halfIsError) {
    Optional<ScalarNode> cert = options.scalar(certKey);
    Optional<ScalarNode> key = options.scalar(keyKey);
    if (!bothHalves(ctx, certKey, keyKey, cert, key, halfIsError)) {
      return;
    }
    Optional<String> certPem = ctx.readFile(cert.get());
    Optional<String> keyPem = ctx.readFile(key.get());
    if (certPem.isPresent() && keyPem.isPresent()) {
      KeyPair.problem(certPem.get(), keyPem.get())
          .ifPresent(p -> ctx.report(cert.get(), "the files of '" + certKey + "' and '" + keyKey + "' are not a usable pair: " + p + "; Pomerium refuses to load", "point them at a PEM certificate and its own private key"));
    }
  }

  /** Reports a half pair; true when both halves are there to check. */
  private static boolean bothHalves(
      LintContext ctx, String certKey, String keyKey, Optional<ScalarNode> cert, Optional<ScalarNode> key, boolean halfIsError) {
    if (cert.isPresent() && key.isPresent()) {
      return true;
    }
    if (halfIsError && (cert.isPresent() || key.isPresent())) {
      String missing = cert.isPresent() ? keyKey : certKey;
      ScalarNode present = cert.orElseGet(key::get);
      ctx.report(present, "'" + missing + "' is missing; Pomerium needs both halves of the pair and refuses to load", "set '" + missing + "' too, or remove this one");
    }
    return false;
  }

  private static Optional<String> decode(LintContext ctx, String name, ScalarNode value) {
    Parsed<byte[]> bytes = GoBase64.decodeStd(value.text());
    if (!bytes.isOk()) {
      ctx.report(value, "the value of '" + name + "' " + bytes.error() + "; Pomerium refuses to load (\"bad cert base64\")", "set the base64 of the PEM, e.g. base64 -w0 cert.pem");
      return Optional.empty();
    }
    return Optional.of(new String(bytes.value(), StandardCharsets.UTF_8));
  }
}
