package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.KeyPair;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The ACME account binding and trusted CA options, which Pomerium checks at load (autocert.go). */
public final class AutocertSettings extends Rule {
  public AutocertSettings() {
    super(
        RuleInfo.of("autocert-settings", Severity.ERROR, "Autocert EAB or trusted CA options are incomplete or invalid")
            .description(
                "autocert_eab_key_id and autocert_eab_mac_key go together, and the MAC key is unpadded URL-safe"
                    + " base64. autocert_trusted_ca (base64 of a PEM bundle) and autocert_trusted_ca_file exclude"
                    + " each other, and the bundle must hold a certificate. Otherwise Pomerium refuses to load.")
            .bad("autocert_eab_key_id: kid-1")
            .good("autocert_eab_key_id: kid-1\nautocert_eab_mac_key: c2VjcmV0LW1hYy1rZXk"));
  }

  @Override
  public void check(LintContext ctx) {
    MapNode options = ctx.options();
    Optional<ScalarNode> keyId = options.scalar("autocert_eab_key_id");
    Optional<ScalarNode> macKey = options.scalar("autocert_eab_mac_key");
    if (keyId.isPresent() && macKey.isEmpty()) {
      ctx.report(keyId.get(), "autocert_eab_key_id is set without autocert_eab_mac_key; Pomerium refuses to load (\"Autocert EAB MAC Key required when Key ID is provided\")", "set autocert_eab_mac_key from your ACME account");
    }
    if (macKey.isPresent() && keyId.isEmpty()) {
      ctx.report(macKey.get(), "autocert_eab_mac_key is set without autocert_eab_key_id; Pomerium refuses to load (\"Autocert EAB Key ID required when MAC Key is provided\")", "set autocert_eab_key_id from your ACME account");
    }
    macKey.ifPresent(mac -> {
      Parsed<byte[]> decoded = GoBase64.decodeRawUrl(mac.text());
      if (!decoded.isOk()) {
        ctx.report(mac, "the value of 'autocert_eab_mac_key' " + decoded.error() + "; Pomerium refuses to load", "use the MAC key as your ACME provider gives it (base64url, no '=')");
      }
    });
    Optional<ScalarNode> ca = options.scalar("autocert_trusted_ca");
    Optional<ScalarNode> caFile = options.scalar("autocert_trusted_ca_file");
    if (ca.isPresent() && caFile.isPresent()) {
      ctx.report(ca.get(), "autocert_trusted_ca and autocert_trusted_ca_file are both set; Pomerium refuses to load (\"providing both ... is not supported\")", "keep one of them");
      return;
    }
    ca.ifPresent(value -> {
      Parsed<byte[]> decoded = GoBase64.decodeStd(value.text());
      if (!decoded.isOk()) {
        ctx.report(value, "the value of 'autocert_trusted_ca' " + decoded.error() + "; Pomerium refuses to load", "set the base64 of the PEM bundle, e.g. base64 -w0 ca.pem");
      } else if (!KeyPair.hasAnyCertificate(new String(decoded.value(), StandardCharsets.UTF_8))) {
        ctx.report(value, "'autocert_trusted_ca' holds no PEM certificate; Pomerium refuses to load (\"failed to append any PEM-encoded certificates\")", "set the base64 of the PEM bundle, e.g. base64 -w0 ca.pem");
      }
    });
    caFile.ifPresent(file -> ctx.readFile(file)
        .filter(pem -> !KeyPair.hasAnyCertificate(pem))
        .ifPresent(pem -> ctx.report(file, "the file of 'autocert_trusted_ca_file' holds no PEM certificate; Pomerium refuses to load", "point it at a PEM bundle")));
  }
}
