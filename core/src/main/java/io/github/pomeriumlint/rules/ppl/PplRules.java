package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.rules.Rule;
import java.util.List;

/** The rules about Pomerium Policy Language. */
public final class PplRules {
  private PplRules() {}

  public static List<Rule> all() {
    return List.of(
        new PplSyntax(),
        new PplUnknownCriterion(),
        new PplMatcher(),
        new PplClaimPath(),
        new PplGroupsCriterion(),
        new PplCaseSensitive(),
        new PplEmptyDeny(),
        new PplAllowAlwaysTrue());
  }
}
