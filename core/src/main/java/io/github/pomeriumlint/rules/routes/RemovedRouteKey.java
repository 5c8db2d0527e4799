package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.RouteKeys;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;

/**
 * A route key the target release no longer reads. Pomerium's removedConfigFields lists
 * {@code routes.allowed_groups} and {@code routes.set_authorization_header}: under {@code routes:}
 * (and in a route list file, which is read as {@code routes}) they stop the start; under the
 * legacy {@code policy:} list they are only unknown.
 */
public final class RemovedRouteKey extends RouteRule {
  public RemovedRouteKey() {
    super(
        RuleInfo.of("removed-route-key", Severity.ERROR, "The route key was removed in the target release")
            .description(
                "allowed_groups (removed in 0.20: groups are an Enterprise feature) and set_authorization_header"
                    + " (removed in 0.24) make Pomerium refuse to start when a route under 'routes:' holds them."
                    + " Under the legacy top-level 'policy:' list, and for other removed keys such as lb_policy"
                    + " (renamed load_balancing_policy in 0.32), the key is only ignored: a warning.")
            .bad("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    allowed_groups: [admins]")
            .good("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    policy:\n      allow:\n        or:\n          - claim/groups: admins")
            .appliesTo("per key: from the release that removed it"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (MapNode.Entry entry : route.node().entries()) {
      Optional<KeyDef> def = RouteKeys.find(entry.name());
      if (def.isEmpty() || !def.get().removedBy(ctx.version())) {
        continue;
      }
      KeyDef key = def.get();
      String help = key.help() == null ? "remove it" : key.help();
      if (key.fatalWhenRemoved() && !route.legacy()) {
        ctx.report(
            entry.key(),
            "route option '" + key.name() + "' was removed in Pomerium " + key.removedIn() + "; Pomerium "
                + ctx.version() + " refuses to start with it",
            help);
      } else {
        ctx.report(
            Severity.WARNING,
            entry.key(),
            "route option '" + key.name() + "' was removed in Pomerium " + key.removedIn() + " and is ignored",
            help);
      }
    }
  }
}
