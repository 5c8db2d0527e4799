package io.github.pomeriumlint.rules.core;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * A key written twice in one mapping. The same spelling twice is a YAML error to Pomerium's parser
 * (yaml.v3: "mapping key already defined"); two spellings that differ only in case both reach
 * Pomerium, which lower-cases keys, so one silently replaces the other.
 */
public final class DuplicateKey extends Rule {
  public DuplicateKey() {
    super(
        RuleInfo.of("duplicate-key", Severity.ERROR, "A key is written twice in one mapping")
            .description(
                "Pomerium's YAML parser rejects a mapping that repeats a key. Keys also match without regard to"
                    + " case, so IDP_PROVIDER and idp_provider in one file set the same option and one of them is lost.")
            .bad("idp_provider: azure\nIDP_PROVIDER: oidc")
            .good("idp_provider: azure"));
  }

  @Override
  public void check(LintContext ctx) {
    // the reader noted the mappings that repeat a key, so the tree is not walked again
    for (MapNode map : ctx.document().notes().mappingsWithRepeatedKeys()) {
      checkMapping(ctx, map);
    }
  }

  private void checkMapping(LintContext ctx, MapNode map) {
    Map<String, MapNode.Entry> seen = new HashMap<>();
    for (MapNode.Entry entry : map.entries()) {
      MapNode.Entry first = seen.putIfAbsent(entry.name(), entry);
      if (first == null) {
        continue;
      }
      String where = "line " + first.key().span().line();
      if (first.key().text().equals(entry.key().text())) {
        ctx.report(
            entry.key(),
            "key '" + entry.key().text() + "' is already defined at " + where + "; Pomerium refuses the file",
            "remove one of the two");
      } else {
        ctx.report(
            Severity.WARNING,
            entry.key(),
            "'" + entry.key().text() + "' and '" + first.key().text() + "' (" + where
                + ") are the same option to Pomerium, which ignores case; one of them is lost",
            "keep one spelling");
      }
    }
  }
}
