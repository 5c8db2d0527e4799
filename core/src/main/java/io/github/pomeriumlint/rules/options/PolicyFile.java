package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;

/** Pomerium refuses any {@code policy_file} ("config: policy file setting is deprecated"). */
public final class PolicyFile extends Rule {
  public PolicyFile() {
    super(
        RuleInfo.of("policy-file", Severity.ERROR, "policy_file is no longer supported")
            .description(
                "Routes in a separate file were dropped long ago; Pomerium refuses to load a config that sets"
                    + " policy_file (\"config: policy file setting is deprecated\"). Move the routes under routes:.")
            .bad("policy_file: policy.yaml")
            .good("routes:\n  - from: https://app.example.com\n    to: http://app:8080"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.options().entry("policy_file").filter(e -> ctx.options().scalar("policy_file").isPresent()).ifPresent(
        e -> ctx.report(
            e.key(),
            "Pomerium refuses to load a config with policy_file (\"policy file setting is deprecated\")",
            "move the routes of that file under routes: in this file"));
  }
}
