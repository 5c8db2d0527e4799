package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.RuleCatalogue;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.rules.Suggest;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain RULE}: what a rule checks and why, with a bad and a good example. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain a rule: what it checks, why it matters, the releases it applies to, a bad and a good example.")
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule id, as shown in brackets in every finding.")
  String rule;

  @Override
  public Integer call() {
    RuleInfo info =
        RuleRegistry.find(rule.trim())
            .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), unknown()));
    spec.commandLine().getOut().print(RuleCatalogue.explain(info));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private String unknown() {
    var ids = RuleRegistry.catalogue().stream().map(RuleInfo::id).toList();
    return "no rule '" + rule + "'" + Suggest.closest(rule, ids).map(s -> " (did you mean '" + s + "'?)").orElse("")
        + "; 'pomerium-lint rules' lists them";
  }
}
