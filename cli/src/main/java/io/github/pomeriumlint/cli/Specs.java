package io.github.pomeriumlint.cli;

import java.util.List;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The CLI's picocli model, declared in code rather than with annotations: reading annotations by
 * reflection (and making a proxy class for each annotation type) was about a fifth of the start-up
 * of every {@code check}. Each option keeps its own value; commands read it with
 * {@code getValue()} after the parse.
 */
final class Specs {
  private Specs() {}

  /**
   * A command whose {@code userObject} picocli runs (a {@code Runnable} or {@code Callable}), with
   * {@code -h/--help} and {@code -V/--version}; the first description line is the summary.
   */
  static CommandSpec command(Object userObject, String name, IVersionProvider version, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name).versionProvider(version);
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    return spec;
  }

  /** An option without a value: false unless given. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build();
  }

  /** An option with one value of {@code type}; null unless given. */
  static OptionSpec option(String name, String label, Class<?> type, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
  }

  /** An option with one value of {@code type} and a default ({@code ${DEFAULT-VALUE}} in the description). */
  static OptionSpec option(String name, String label, Class<?> type, String defaultValue, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).defaultValue(defaultValue).description(description).build();
  }

  /** A repeatable option: the list of its values, in order, empty unless given. */
  static OptionSpec repeatable(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class).description(description).build();
  }

  /** The values of a repeatable option or a list parameter, empty when none was given. */
  static List<String> values(ArgSpec arg) {
    List<String> values = arg.getValue();
    return values == null ? List.of() : values;
  }

  /** A positional parameter of {@code arity} ("1", "0..1", "1..*"). */
  static PositionalParamSpec parameter(String label, Class<?> type, String arity, String... description) {
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder().paramLabel(label).arity(arity).required(!arity.startsWith("0")).description(description);
    if (type == List.class) {
      b.type(List.class).auxiliaryTypes(String.class);
    } else {
      b.type(type);
    }
    return b.build();
  }
}
