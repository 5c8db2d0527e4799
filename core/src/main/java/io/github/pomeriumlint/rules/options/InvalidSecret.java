package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.Services;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/**
 * {@code shared_secret} and {@code cookie_secret} (inline or from their {@code *_file}) must be
 * standard base64 of exactly 32 bytes. The shared secret is decoded at load and must not carry
 * surrounding whitespace (a trailing newline in its file is fatal); the cookie secret is decoded
 * when the authenticate and proxy services start, and Go's decoder skips line breaks in it.
 */
public final class InvalidSecret extends Rule {
  static final String GENERATE = "generate one with: head -c32 /dev/urandom | base64";
  private static final String AUTHENTICATE_AND_PROXY = "the authenticate and proxy services refuse to start";

  public InvalidSecret() {
    super(
        RuleInfo.of("invalid-secret", Severity.ERROR, "A shared or cookie secret is not base64 of 32 bytes")
            .description(
                "Pomerium decodes shared_secret at load (\"config: invalid shared secret\") and both secrets"
                    + " when a service starts, where the key must be 32 bytes (\"cryptutil: got N bytes but want"
                    + " 32\"). A placeholder such as REPLACE_ME, a secret of another length, or a shared secret with"
                    + " a trailing newline keeps Pomerium from starting.")
            .bad("cookie_secret: REPLACE_ME")
            .good("cookie_secret: WwMtDXWaRDMBQCylle8OJ+w4kLIDIGd8W3cB4/zFFtg="));
  }

  @Override
  public void check(LintContext ctx) {
    Services services = OptionValue.services(ctx);
    OptionValue.read(ctx, "shared_secret").ifPresent(v -> checkShared(ctx, v));
    if (services.runs("authenticate") || services.runs("proxy")) {
      OptionValue.read(ctx, "cookie_secret").ifPresent(v -> checkDecoded(ctx, v, AUTHENTICATE_AND_PROXY, AUTHENTICATE_AND_PROXY));
    }
  }

  private static void checkShared(LintContext ctx, OptionValue value) {
    if (value.text().isEmpty()) {
      return;
    }
    if (!value.text().strip().equals(value.text())) {
      ctx.report(
          value.node(),
          describe(value) + " has surrounding whitespace; Pomerium refuses to load (\"shared secret contains whitespace\")",
          value.fromFile() ? "write the file without a trailing newline, e.g. head -c32 /dev/urandom | base64 | tr -d '\\n' > FILE" : "remove the whitespace");
      return;
    }
    checkDecoded(ctx, value, "Pomerium refuses to load", "every service refuses to start");
  }

  /**
   * @param notBase64 what an undecodable value does
   * @param wrongLength what a value of another length than 32 bytes does
   */
  private static void checkDecoded(LintContext ctx, OptionValue value, String notBase64, String wrongLength) {
    if (value.text().isEmpty()) {
      return;
    }
    Parsed<byte[]> bytes = GoBase64.decodeStd(value.text());
    if (!bytes.isOk()) {
      ctx.report(value.node(), describe(value) + " " + bytes.error() + "; " + notBase64, GENERATE);
    } else if (bytes.value().length != 32) {
      ctx.report(
          value.node(),
          describe(value) + " decodes to " + bytes.value().length + " bytes, not 32; " + wrongLength,
          GENERATE);
    }
  }

  private static String describe(OptionValue value) {
    return value.fromFile() ? "the content of '" + value.key() + "'" : "the value of '" + value.key() + "'";
  }
}
