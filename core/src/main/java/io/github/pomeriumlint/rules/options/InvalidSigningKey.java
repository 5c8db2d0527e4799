package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.pomerium.values.Pem;
import io.github.pomeriumlint.pomerium.values.PrivateKeys;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code signing_key} (or the file {@code signing_key_file} names) is trimmed, base64-decoded when
 * it decodes, and must then be PEM whose every block is an EC or RSA private key; otherwise the
 * authorize service does not start ("authorize: invalid signing key").
 */
public final class InvalidSigningKey extends Rule {
  /** What Pomerium's SignatureAlgorithmForKey accepts (ES256, RS256). */
  private static final Set<String> SIGNING_ALGORITHMS = Set.of("EC", "RSA");
  private static final String GENERATE =
      "generate one with: openssl ecparam -genkey -name prime256v1 -noout | base64 -w0";

  public InvalidSigningKey() {
    super(
        RuleInfo.of("invalid-signing-key", Severity.ERROR, "signing_key is not a PEM private key")
            .description(
                "The key Pomerium signs its JWTs with must be PEM (raw, or base64 of it) holding EC (ES256)"
                    + " or RSA private keys. Anything else stops the authorize service at start with"
                    + " \"authorize: invalid signing key\". Leave it unset to derive one from the shared secret.")
            .bad("signing_key: REPLACE_WITH_BASE64_ENCODED_EC_P256_PRIVATE_KEY")
            .good("signing_key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t...  # base64 of an EC PRIVATE KEY PEM"));
  }

  @Override
  public void check(LintContext ctx) {
    OptionValue.read(ctx, "signing_key").ifPresent(value -> check(ctx, value));
  }

  private static void check(LintContext ctx, OptionValue value) {
    String text = value.text().strip();
    if (text.isEmpty()) {
      return;
    }
    Parsed<byte[]> decoded = GoBase64.decodeStd(text);
    String pem = decoded.isOk() ? new String(decoded.value(), StandardCharsets.UTF_8) : text;
    String subject = (value.fromFile() ? "the content of '" : "the value of '") + value.key() + "'";
    List<Pem.Block> blocks = Pem.blocks(pem);
    if (blocks.isEmpty()) {
      String form = decoded.isOk() ? "decodes from base64 but not to PEM" : "is neither base64 nor PEM";
      ctx.report(value.node(), subject + " " + form + "; the authorize service will not start", GENERATE);
      return;
    }
    for (Pem.Block block : blocks) {
      if (PrivateKeys.parse(block.der()).filter(k -> SIGNING_ALGORITHMS.contains(k.getAlgorithm())).isEmpty()) {
        ctx.report(
            value.node(),
            subject + " holds a PEM block (" + block.type() + ") that is not an EC or RSA private key; the authorize service will not start",
            GENERATE);
        return;
      }
    }
  }
}
