package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.RuleCatalogue;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code rules [--format json]}: the catalogue of rules. */
final class RulesCommand implements Callable<Integer> {
  static final String NAME = "rules";

  enum Format { text, json }

  final CommandSpec spec = Specs.command(this, NAME, Main.VERSION, "List every rule: id, default severity, title.");
  private final OptionSpec format = Specs.option("--format", "FORMAT", Format.class, "text", "text or json (default: ${DEFAULT-VALUE}).");

  RulesCommand() {
    spec.addOption(format);
  }

  @Override
  public Integer call() throws IOException {
    var rules = RuleRegistry.catalogue();
    spec.commandLine().getOut().print(format.getValue() == Format.json ? RuleCatalogue.json(rules) : RuleCatalogue.table(rules));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
