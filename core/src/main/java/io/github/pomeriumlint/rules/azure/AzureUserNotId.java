package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.azure.Guid;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.ppl.PolicyCriteria;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;

/**
 * A user that can never match under Azure: Pomerium's user id for Azure is the {@code oid}
 * claim, the user's object id, so a {@code user} criterion needs a GUID, and an
 * {@code allowed_users} entry a GUID or an email address.
 */
public final class AzureUserNotId extends RouteRule {
  public AzureUserNotId() {
    super(
        RuleInfo.of("azure-user-not-id", Severity.WARNING, "A user in a policy is neither an object id nor an email")
            .description(
                "With Azure, Pomerium's user id is the oid claim: the user's object id, a GUID. The user criterion"
                    + " compares with that id only, so a user principal name, an email or a display name there never"
                    + " matches; allowed_users compares with the id or the email address. Find the Object ID under"
                    + " Users in the Entra admin center, or with az ad user show --id USER --query id.")
            .bad("- allow:\n    or:\n      - user:\n          is: alice")
            .good("- allow:\n    or:\n      - user:\n          is: c1f92738-3d2e-4da2-9857-c688f108b9fb  # alice"));
  }

  @Override
  public boolean beforeRoutes(LintContext ctx) {
    return AzureSettings.signsInWithAzure(ctx);
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (PolicyCriteria.Criterion criterion : ctx.policyCriteria(route)) {
      switch (criterion.name()) {
        case "user" -> criterion.values().forEach(v -> checkUser(ctx, v));
        case "allowed_users" -> criterion.values().forEach(v -> checkAllowedUser(ctx, v));
        default -> {}
      }
    }
  }

  private static void checkUser(LintContext ctx, ScalarNode value) {
    String text = value.text().trim();
    if (Guid.is(text)) {
      return;
    }
    if (AzureSettings.isEmail(text)) {
      ctx.report(
          value,
          "user '" + text + "' is an email address, but with Azure the user id is the object id (oid), so it never matches",
          "use email: {is: " + text + "}, or the user's Object ID");
    } else {
      ctx.report(value, "user '" + text + "' is not an object id, so it never matches: with Azure the user id is the oid claim", "use the user's Object ID (Entra admin center > Users)");
    }
  }

  private static void checkAllowedUser(LintContext ctx, ScalarNode value) {
    String text = value.text().trim();
    if (!Guid.is(text) && !AzureSettings.isEmail(text)) {
      ctx.report(value, "allowed_users entry '" + text + "' is neither an email address nor an object id, so it never matches", "use the user's email address or Object ID");
    }
  }
}
