package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.pomerium.ValueType;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.List;

/**
 * A top-level (or nested option) key the target release does not read: Pomerium logs "unknown
 * config option" and ignores it, so the setting silently does nothing.
 */
public final class UnknownKey extends Rule {
  public UnknownKey() {
    super(
        RuleInfo.of("unknown-key", Severity.WARNING, "Pomerium does not know this key")
            .description(
                "Pomerium ignores keys it does not know (it logs \"unknown config option\" and starts anyway),"
                    + " so a typo or a key from another release silently does nothing. Keys added after the"
                    + " target release are unknown to it too.")
            .bad("idp_provier: azure")
            .good("idp_provider: azure"));
  }

  @Override
  public void check(LintContext ctx) {
    PomeriumVersion version = ctx.version();
    List<String> known = TopLevelKeys.namesIn(version);
    for (MapNode.Entry entry : ctx.options().entries()) {
      var def = TopLevelKeys.find(entry.name());
      if (def.isEmpty()) {
        ctx.report(
            entry.key(),
            "unknown option '" + entry.key().text() + "'" + Suggest.didYouMean(entry.name(), known),
            "Pomerium ignores it; remove it or fix its name");
      } else if (def.get().since() != null && !def.get().existsIn(version) && !def.get().removedBy(version)) {
        ctx.report(
            entry.key(),
            "'" + entry.name() + "' was added in Pomerium " + def.get().since() + "; release " + version + " ignores it",
            "upgrade Pomerium, or set --pomerium-version to the release you run");
      } else if (def.get().type() == ValueType.OBJECT && entry.value() instanceof MapNode nested) {
        checkNested(ctx, def.get(), nested);
      }
    }
  }

  private void checkNested(LintContext ctx, KeyDef parent, MapNode nested) {
    List<String> known = parent.children().stream().map(KeyDef::name).toList();
    for (MapNode.Entry entry : nested.entries()) {
      if (parent.child(entry.name()).isEmpty()) {
        ctx.report(
            entry.key(),
            "unknown option '" + parent.name() + "." + entry.key().text() + "'" + Suggest.didYouMean(entry.name(), known),
            "Pomerium ignores it; remove it or fix its name");
      }
    }
  }
}
