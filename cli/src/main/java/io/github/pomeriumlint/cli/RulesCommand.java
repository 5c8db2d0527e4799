package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.RuleCatalogue;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules [--format json]}: the catalogue of rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, default severity, title.")
final class RulesCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    var rules = RuleRegistry.catalogue();
    spec.commandLine().getOut().print(format == Format.json ? RuleCatalogue.json(rules) : RuleCatalogue.table(rules));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
