package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.pomerium.RouteKeys;
import io.github.pomeriumlint.pomerium.ValueType;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.List;
import java.util.Optional;

/**
 * A route key the target release does not read, at any depth of the route's known structure:
 * Pomerium logs "unknown config option" and ignores it.
 */
public final class UnknownRouteKey extends RouteRule {
  private static final String HINT = "Pomerium ignores it; remove it or fix its name";

  public UnknownRouteKey() {
    super(
        RuleInfo.of("unknown-route-key", Severity.WARNING, "Pomerium does not know this route key")
            .description(
                "Pomerium ignores route keys it does not know, so a typo such as 'allowed_user' silently"
                    + " drops a setting (for an access setting, the route then grants fewer users than meant)."
                    + " Keys added after the target release are unknown to it too. Pomerium 0.13 to 0.31 took"
                    + " Envoy cluster fields (lb_policy, outlier_detection, ...) as cluster options, so those"
                    + " are not reported for these releases.")
            .bad("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    allowed_user: [a@example.com]")
            .good("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    allowed_users: [a@example.com]"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    PomeriumVersion version = ctx.version();
    for (MapNode.Entry entry : route.node().entries()) {
      if (RouteKeys.envoyClusterOption(entry.name(), version)) {
        continue;
      }
      Optional<KeyDef> def = RouteKeys.find(entry.name());
      if (def.isEmpty()) {
        ctx.report(
            entry.key(),
            "unknown route option '" + entry.key().text() + "'" + Suggest.didYouMean(entry.name(), RouteKeys.namesIn(version)),
            HINT);
      } else if (def.get().removedBy(version)) {
        continue; // removed-route-key says more
      } else if (!def.get().existsIn(version)) {
        ctx.report(
            entry.key(),
            "route option '" + entry.name() + "' was added in Pomerium " + def.get().since() + "; release "
                + version + " ignores it",
            "upgrade Pomerium, or set --pomerium-version to the release you run");
      } else {
        checkNested(ctx, def.get(), entry.name(), entry.value());
      }
    }
  }

  private void checkNested(LintContext ctx, KeyDef def, String name, Node value) {
    if (def.children().isEmpty()) {
      return;
    }
    if (def.type() == ValueType.OBJECT && value instanceof MapNode map) {
      checkKeys(ctx, def, name, map);
    } else if (def.type() == ValueType.OBJECT_LIST && value instanceof ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof MapNode map) {
          checkKeys(ctx, def, name + "[]", map);
        }
      }
    }
  }

  private void checkKeys(LintContext ctx, KeyDef parent, String parentName, MapNode map) {
    List<String> known = parent.children().stream().map(KeyDef::name).toList();
    for (MapNode.Entry entry : map.entries()) {
      Optional<KeyDef> child = parent.child(entry.name());
      String name = parentName + "." + entry.name();
      if (child.isEmpty()) {
        ctx.report(
            entry.key(),
            "unknown route option '" + parentName + "." + entry.key().text() + "'"
                + Suggest.didYouMean(entry.name(), known),
            HINT);
      } else {
        checkNested(ctx, child.get(), name, entry.value());
      }
    }
  }
}
