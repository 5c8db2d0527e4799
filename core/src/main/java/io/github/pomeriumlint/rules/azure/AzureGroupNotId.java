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
 * A group written by name (or email) where Azure speaks in object ids: the groups claim of an
 * Entra ID token and Graph's memberships hold group object ids, never display names.
 */
public final class AzureGroupNotId extends RouteRule {
  /** Groups by the token's groups claim: a name there can never match. */
  private static final String CLAIM = "claim/groups";

  public AzureGroupNotId() {
    super(
        RuleInfo.of("azure-group-not-id", Severity.ERROR, "A group in a policy is a name, not a group object id")
            .description(
                "Entra ID puts group object ids (GUIDs) in the groups claim, not names, so claim/groups and"
                    + " allowed_idp_claims.groups with a group name never match: an error. The groups criterion and"
                    + " allowed_groups read directory data, which also keys groups by object id; a display name there"
                    + " is fragile (names change and need not be unique): a warning. Find the id in the Entra admin"
                    + " center (Groups, Object Id), with az ad group show --group NAME --query id, or let"
                    + " check --online resolve it.")
            .bad("- allow:\n    or:\n      - claim/groups: Grafana Users")
            .good("- allow:\n    or:\n      - claim/groups: 1f2367e8-4697-4db2-90a0-9f3263775fe2  # Grafana Users"));
  }

  @Override
  public boolean beforeRoutes(LintContext ctx) {
    return AzureSettings.signsInWithAzure(ctx);
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (PolicyCriteria.Criterion criterion : ctx.policyCriteria(route)) {
      if (criterion.onGroups()) {
        criterion.values().forEach(v -> checkValue(ctx, criterion.name(), v));
      }
    }
  }

  private static void checkValue(LintContext ctx, String criterion, ScalarNode value) {
    String text = value.text().trim();
    if (Guid.is(text)) {
      return;
    }
    String what = AzureSettings.isEmail(text) ? "an email address" : "a name";
    String hint =
        "use the group's Object Id (Entra admin center > Groups, or az ad group show --group \"" + text
            + "\" --query id -o tsv); check --online resolves names";
    if (criterion.equals(CLAIM)) {
      ctx.report(
          value,
          "group '" + text + "' in " + criterion + " is " + what + ", but Azure's groups claim holds group object ids, so it never matches",
          hint);
    } else {
      ctx.report(
          Severity.WARNING,
          value,
          "group '" + text + "' in " + criterion + " is " + what + ", not a group object id; names change and need not be unique",
          hint);
    }
  }
}
