package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/**
 * Pomerium reads {@code idp_client_secret_file} byte for byte ({@code Options.GetClientSecret}):
 * the line break {@code echo} or an editor leaves at the end becomes part of the secret, and the
 * identity provider refuses it at the first sign-in. Unlike the base64 secrets, nothing trims it.
 */
public final class ClientSecretFileWhitespace extends Rule {
  public ClientSecretFileWhitespace() {
    super(
        RuleInfo.of("client-secret-file-whitespace", Severity.ERROR, "idp_client_secret_file holds more than the secret")
            .description(
                "Pomerium sends the whole content of idp_client_secret_file as the OAuth client secret, without"
                    + " trimming it. A trailing line break (echo, most editors, a Docker or Kubernetes secret made"
                    + " from such a file) or surrounding spaces make the secret wrong: the configuration loads, and"
                    + " the first sign-in fails when the identity provider refuses the code exchange (Azure:"
                    + " AADSTS7000215, invalid client secret). An empty file is an empty secret.")
            .bad("idp_client_secret_file: /run/secrets/idp   # made with: echo \"$SECRET\" > /run/secrets/idp")
            .good("idp_client_secret_file: /run/secrets/idp   # made with: printf '%s' \"$SECRET\" > /run/secrets/idp"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!OptionValue.readBy(ctx, "idp_client_secret_file")) {
      return;
    }
    ctx.options().scalar("idp_client_secret_file").ifPresent(file -> ctx.readFile(file).ifPresent(secret -> {
      if (secret.isEmpty()) {
        ctx.report(file, "the idp_client_secret_file file is empty, so the client secret is empty",
            "write the client secret's value into the file");
      } else if (secret.isBlank()) {
        ctx.report(file, "the idp_client_secret_file file holds only spaces or line breaks, so the client secret is blank",
            "write the client secret's value into the file");
      } else if (!secret.strip().equals(secret)) {
        ctx.report(file, "the idp_client_secret_file file " + whatSurrounds(secret)
                + ", which Pomerium sends as part of the client secret; sign-in fails",
            "write only the secret, with no line break: printf '%s' \"$SECRET\" > FILE (echo adds one)");
      }
    }));
  }

  private static String whatSurrounds(String secret) {
    if (secret.endsWith("\n") || secret.endsWith("\r")) {
      return "ends with a line break";
    }
    return "has spaces or line breaks around the secret";
  }
}
