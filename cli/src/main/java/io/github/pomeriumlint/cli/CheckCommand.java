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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE...}: lint config files and report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Lint Pomerium config files (YAML or JSON; '-' reads stdin).",
      "Exit 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage, an unreadable input or an invalid"
          + " .pomerium-lint.yaml or baseline, 3 when an online check could not be completed and the offline result was clean."
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand Main main;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = {
        "Config files, directories or globs to lint; '-' reads stdin.",
        "A directory is searched recursively for " + FileArguments.NAMING + "; a glob (quote it) takes every file it matches."
      })
  List<String> files;

  /** One report: a format and where it goes. Repeat the pair for several reports in one run. */
  static final class Report {
    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text, or github when GITHUB_ACTIONS=true).")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report of the preceding --format to FILE instead of stdout.")
    Path output;
  }

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<Report> reports = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "Use this project config instead of the nearest .pomerium-lint.yaml.")
  Path projectConfig;

  @Option(names = "--no-inline-suppressions", description = "Ignore '# pomerium-lint: disable=...' comments.")
  boolean noInlineSuppressions;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that FILE (from --write-baseline) does not list.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write every current finding to FILE as the accepted baseline, and exit 0.")
  Path writeBaseline;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description = "Exit 1 on findings at or above LEVEL: error, warning, info or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  @CommandLine.Mixin ConfigOptions configOptions;

  @Option(names = "--online", description = "Also run the Azure AD / Microsoft Graph checks.")
  boolean online;

  @CommandLine.Mixin OnlineOptions onlineOptions;

  @Option(names = "--show-users", description = "With --online, list every user without an email, not just the first few.")
  boolean showUsers;

  @Override
  public Integer call() throws IOException {
    Severity threshold = parseFailOn();
    List<Report> targets = targets();
    LintOptions options = options();
    LintResult result = lint(options);
    for (Report report : targets) {
      write(report, result);
    }
    if (writeBaseline != null) {
      writeBaseline(result);
      return ExitCode.OK;
    }
    return ExitCode.of(result, threshold);
  }

  /** Accepts what is reported now plus what an earlier baseline already accepted. */
  private void writeBaseline(LintResult result) throws IOException {
    List<Diagnostic> accepted = new ArrayList<>(result.diagnostics());
    result.suppressed().stream().filter(s -> !s.inSource()).map(Suppressed::diagnostic).forEach(accepted::add);
    accepted.sort(Diagnostic.ORDER);
    try (Writer out = Files.newBufferedWriter(writeBaseline)) {
      Baseline.write(accepted, out);
    } catch (IOException e) {
      throw new CannotWriteException(writeBaseline, e);
    }
    spec.commandLine().getErr().println("pomerium-lint: wrote " + accepted.size() + " findings to the baseline " + writeBaseline);
  }

  /** The reports to write; at most one goes to stdout. */
  private List<Report> targets() {
    if (reports.isEmpty()) {
      reports.add(new Report());
    }
    long toStdout = reports.stream().filter(r -> r.output == null).count();
    if (toStdout > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "only one --format can go to stdout; give the others an --output FILE");
    }
    for (Report r : reports) {
      if (r.format == null) {
        r.format = OutputFormat.fromEnvironment(main.env);
      }
    }
    return reports;
  }

  private void write(Report report, LintResult result) throws IOException {
    if (report.output != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report.output))) {
        report.format.renderer(false).render(result, out);
      } catch (IOException e) {
        throw new CannotWriteException(report.output, e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      report.format.renderer(Terminal.colorWanted(main.env)).render(result, out);
      out.flush();
    }
  }

  private LintResult lint(LintOptions options) throws IOException {
    if (files.size() == 1 && files.get(0).equals("-")) {
      return PomeriumLint.lint("<stdin>", main.stdin.readAllBytes(), options);
    }
    return PomeriumLint.lint(FileArguments.expand(files), options);
  }

  private Severity parseFailOn() {
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
    b.online(online).showUsers(showUsers);
    if (online && System.console() != null) {
      PrintWriter err = spec.commandLine().getErr();
      b.progress(line -> {
        err.println(line);
        err.flush();
      });
    }
    if (projectConfig != null) {
      if (!Files.isRegularFile(projectConfig)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--config: cannot read " + projectConfig + ": no such file");
      }
      b.projectConfig(projectConfig);
    }
    if (baseline != null) {
      if (!Files.isRegularFile(baseline)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: cannot read " + baseline + ": no such file");
      }
      b.baseline(baseline);
    }
    return b.inlineSuppressions(!noInlineSuppressions).build();
  }
}
