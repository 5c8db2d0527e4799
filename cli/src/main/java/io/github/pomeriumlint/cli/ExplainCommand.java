package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.RuleCatalogue;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.rules.Suggest;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code explain RULE}: what a rule checks and why, with a bad and a good example. */
final class ExplainCommand implements Callable<Integer> {
  static final String NAME = "explain";

  final CommandSpec spec = Specs.command(this, NAME, Main.VERSION,
      "Explain a rule: what it checks, why it matters, the releases it applies to, a bad and a good example.");
  private final PositionalParamSpec rule =
      Specs.parameter("RULE", String.class, "1", "A rule id, as shown in brackets in every finding.");

  ExplainCommand() {
    spec.addPositional(rule);
  }

  @Override
  public Integer call() {
    String id = rule.getValue();
    RuleInfo info =
        RuleRegistry.find(id.trim())
            .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), unknown(id)));
    spec.commandLine().getOut().print(RuleCatalogue.explain(info));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private static String unknown(String id) {
    var ids = RuleRegistry.catalogue().stream().map(RuleInfo::id).toList();
    return "no rule '" + id + "'" + Suggest.closest(id, ids).map(s -> " (did you mean '" + s + "'?)").orElse("")
        + "; 'pomerium-lint rules' lists them";
  }
}
