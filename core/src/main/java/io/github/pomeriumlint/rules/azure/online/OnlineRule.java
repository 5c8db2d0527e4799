package io.github.pomeriumlint.rules.azure.online;

import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/**
 * The metadata of a check that needs {@code --online}. Its findings come from the online
 * checks ({@code io.github.pomeriumlint.online}), which run once per lint, not per rule, so that
 * independent calls can run at the same time; the offline pass has nothing to do.
 */
final class OnlineRule extends Rule {
  OnlineRule(RuleInfo.Builder info) {
    super(info.online());
  }

  @Override
  public void check(LintContext ctx) {
    // Reported by the online checks.
  }
}
