package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.azure.ServiceAccount;
import io.github.pomeriumlint.config.Span;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/** An {@code idp_service_account} that does not decode to what Pomerium's Azure directory sync needs. */
public final class ServiceAccountInvalid extends Rule {
  public ServiceAccountInvalid() {
    super(
        RuleInfo.of("service-account-invalid", Severity.ERROR, "The Azure service account does not decode")
            .description(
                "Up to 0.19 Pomerium read idp_service_account as standard base64 of a JSON object (raw JSON from"
                    + " 0.18) with client_id, client_secret and directory_id. Anything else only logs a warning and"
                    + " turns directory sync off, so group rules silently stop matching. The value is still checked"
                    + " on later releases, where the key is removed, because the online checks use the same"
                    + " credentials. Url-safe or unpadded base64, double encoding and pasted file paths are named.")
            .bad("idp_service_account: eyJjbGllbnRfaWQiOiAiMDdjNzU2MzEtZjc3MC00NTYxLThmNmItNDM1NmUzOTdjNjk5In0")
            .good("idp_service_account: eyJjbGllbnRfaWQiOiAi...fQ==  # base64 -w0 service-account.json")
            .appliesTo("up to 0.19 (decoded on every release)"));
  }

  @Override
  public void check(LintContext ctx) {
    ServiceAccountSetting.of(ctx).ifPresent(setting -> report(ctx, setting));
  }

  private static void report(LintContext ctx, ServiceAccountSetting setting) {
    for (ServiceAccount.Problem problem : setting.account().problems()) {
      String where =
          problem.at().map(n -> n.span()).map(ServiceAccountInvalid::position).orElse("");
      ctx.report(problem.severity(), setting.node(), "idp_service_account " + problem.message() + where, problem.hint());
    }
  }

  private static String position(Span span) {
    return "; see line " + span.line() + ", column " + span.column() + " of the decoded document";
  }
}
