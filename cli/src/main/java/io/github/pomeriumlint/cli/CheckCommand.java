package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import io.github.pomeriumlint.filter.Baseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code check FILE...}: lint config files and report. */
final class CheckCommand implements Callable<Integer> {
  static final String NAME = "check";

  private final Main main;
  final CommandSpec spec;

  private final PositionalParamSpec files = Specs.parameter("FILE", List.class, "1..*",
      "Config files, directories or globs to lint; '-' reads stdin.",
      "A directory is searched recursively for " + FileArguments.NAMING + "; a glob (quote it) takes every file it matches.");

  // One report: a format and where it goes. Repeat the pair for several reports in one run.
  private final OptionSpec format = Specs.option("--format", "FORMAT", OutputFormat.class,
      "Output format: ${COMPLETION-CANDIDATES} (default: text, or github when GITHUB_ACTIONS=true).");
  private final OptionSpec output =
      Specs.option("--output", "FILE", Path.class, "Write the report of the preceding --format to FILE instead of stdout.");
  private final ArgGroupSpec reports = ArgGroupSpec.builder().exclusive(false).multiplicity("0..*").addArg(format).addArg(output).build();

  private final OptionSpec projectConfig =
      Specs.option("--config", "FILE", Path.class, "Use this project config instead of the nearest .pomerium-lint.yaml.");
  private final OptionSpec noInlineSuppressions =
      Specs.flag("--no-inline-suppressions", "Ignore '# pomerium-lint: disable=...' comments.");
  private final OptionSpec baseline =
      Specs.option("--baseline", "FILE", Path.class, "Report only findings that FILE (from --write-baseline) does not list.");
  private final OptionSpec writeBaseline = Specs.option(
      "--write-baseline", "FILE", Path.class, "Write every current finding to FILE as the accepted baseline, and exit 0.");
  private final OptionSpec failOn = Specs.option("--fail-on", "LEVEL", String.class, "error",
      "Exit 1 on findings at or above LEVEL: error, warning, info or none (default: ${DEFAULT-VALUE}).");
  private final ConfigOptions configOptions = new ConfigOptions();
  private final OptionSpec online = Specs.flag("--online", "Also run the Azure AD / Microsoft Graph checks.");
  private final OnlineOptions onlineOptions = new OnlineOptions();
  private final OptionSpec showUsers =
      Specs.flag("--show-users", "With --online, list every user without an email, not just the first few.");

  CheckCommand(Main main) {
    this.main = main;
    this.spec = Specs.command(this, NAME, Main.VERSION,
        "Lint Pomerium config files (YAML or JSON; '-' reads stdin).",
        "Exit 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage, an unreadable input or an invalid"
            + " .pomerium-lint.yaml or baseline, 3 when an online check could not be completed and the offline result was clean.");
    spec.addPositional(files).addArgGroup(reports);
    spec.addOption(projectConfig).addOption(noInlineSuppressions).addOption(baseline).addOption(writeBaseline).addOption(failOn);
    configOptions.addTo(spec);
    spec.addOption(online);
    onlineOptions.addTo(spec);
    spec.addOption(showUsers);
  }

  /** One report to write: its format and its file (null: stdout). */
  private record Report(OutputFormat format, Path output) {}

  @Override
  public Integer call() throws IOException {
    Severity threshold = parseFailOn();
    List<Report> targets = targets();
    LintOptions options = options();
    LintResult result = lint(options);
    for (Report report : targets) {
      write(report, result);
    }
    Path baselineOut = writeBaseline.getValue();
    if (baselineOut != null) {
      writeBaseline(result, baselineOut);
      return ExitCode.OK;
    }
    return ExitCode.of(result, threshold);
  }

  /** Accepts what is reported now plus what an earlier baseline already accepted. */
  private void writeBaseline(LintResult result, Path file) throws IOException {
    List<Diagnostic> accepted = new ArrayList<>(result.diagnostics());
    result.suppressed().stream().filter(s -> !s.inSource()).map(Suppressed::diagnostic).forEach(accepted::add);
    accepted.sort(Diagnostic.ORDER);
    try (Writer out = Files.newBufferedWriter(file)) {
      Baseline.write(accepted, out);
    } catch (IOException e) {
      throw new CannotWriteException(file, e);
    }
    spec.commandLine().getErr().println("pomerium-lint: wrote " + accepted.size() + " findings to the baseline " + file);
  }

  /** The reports to write, in the order given; at most one goes to stdout. */
  private List<Report> targets() {
    List<Report> targets = new ArrayList<>();
    for (CommandLine.ParseResult.GroupMatchContainer given : spec.commandLine().getParseResult().findMatches(reports)) {
      for (CommandLine.ParseResult.GroupMatch pair : given.matches()) {
        OutputFormat f = single(pair.matchedValues(format));
        targets.add(new Report(f != null ? f : OutputFormat.fromEnvironment(main.env), single(pair.matchedValues(output))));
      }
    }
    if (targets.isEmpty()) {
      targets.add(new Report(OutputFormat.fromEnvironment(main.env), null));
    }
    int toStdout = 0;
    for (Report r : targets) {
      toStdout += r.output() == null ? 1 : 0;
    }
    if (toStdout > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "only one --format can go to stdout; give the others an --output FILE");
    }
    return targets;
  }

  @SuppressWarnings("unchecked")
  private static <T> T single(List<Object> values) {
    return values.isEmpty() ? null : (T) values.get(0);
  }

  private void write(Report report, LintResult result) throws IOException {
    if (report.output() != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report.output()))) {
        report.format().renderer(false).render(result, out);
      } catch (IOException e) {
        throw new CannotWriteException(report.output(), e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      report.format().renderer(Terminal.colorWanted(main.env)).render(result, out);
      out.flush();
    }
  }

  private LintResult lint(LintOptions options) throws IOException {
    List<String> files = Specs.values(this.files);
    if (files.size() == 1 && files.get(0).equals("-")) {
      return PomeriumLint.lint("<stdin>", main.stdin.readAllBytes(), options);
    }
    return PomeriumLint.lint(FileArguments.expand(files), options);
  }

  private Severity parseFailOn() {
    String failOn = this.failOn.getValue();
    if (failOn.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--fail-on must be error, warning, info or none, not '" + failOn + "'");
    }
  }

  private LintOptions options() {
    LintOptions.Builder b = LintOptions.builder();
    configOptions.applyTo(b, main.env, spec.commandLine());
    onlineOptions.applyTo(b, spec.commandLine());
    boolean online = this.online.getValue();
    b.online(online).showUsers(showUsers.<Boolean>getValue());
    if (online && System.console() != null) {
      PrintWriter err = spec.commandLine().getErr();
      b.progress(line -> {
        err.println(line);
        err.flush();
      });
    }
    Path projectConfig = this.projectConfig.getValue();
    if (projectConfig != null) {
      if (!Files.isRegularFile(projectConfig)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--config: cannot read " + projectConfig + ": no such file");
      }
      b.projectConfig(projectConfig);
    }
    Path baseline = this.baseline.getValue();
    if (baseline != null) {
      if (!Files.isRegularFile(baseline)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: cannot read " + baseline + ": no such file");
      }
      b.baseline(baseline);
    }
    return b.inlineSuppressions(!noInlineSuppressions.<Boolean>getValue()).build();
  }
}
