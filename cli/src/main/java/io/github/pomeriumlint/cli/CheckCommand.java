package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE...}: lint config files and report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Lint Pomerium config files (YAML or JSON; '-' reads stdin).")
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files to lint; '-' reads stdin.")
  List<String> files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(
      names = "--pomerium-version",
      paramLabel = "X.Y[.Z]",
      description = "The Pomerium release the config targets (default: the newest known).")
  String pomeriumVersion;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description = "Exit 1 on findings at or above LEVEL: error, warning, info or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--env", description = "Overlay the process environment as Pomerium binds it.")
  boolean useEnvironment;

  @Option(names = "--env-file", paramLabel = "FILE", description = "Overlay variables from a dotenv file.")
  Path envFile;

  @Option(names = "--online", description = "Also run the Azure AD / Microsoft Graph checks.")
  boolean online;

  @Option(
      names = "--trust-host",
      paramLabel = "HOST[:PORT]",
      description = "Let online checks send credentials to this host (repeatable).")
  List<String> trustedHosts = new ArrayList<>();

  @Option(names = "--graph-url", paramLabel = "URL", description = "Override the Microsoft Graph base URL.")
  String graphUrl;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Timeout of each online request in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--show-users", description = "With --online, list every user without an email, not just the first few.")
  boolean showUsers;

  @Override
  public Integer call() throws IOException {
    Severity threshold = parseFailOn();
    LintOptions options = options();
    LintResult result = lint(options);
    OutputFormat chosen = format != null ? format : OutputFormat.fromEnvironment(System.getenv());
    if (output != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output))) {
        chosen.renderer(false).render(result, out);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      chosen.renderer(Terminal.colorWanted(System.getenv())).render(result, out);
      out.flush();
    }
    if (threshold != null && result.hasFindingsAtLeast(threshold)) {
      return ExitCode.FINDINGS;
    }
    return result.incomplete().isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE;
  }

  private LintResult lint(LintOptions options) throws IOException {
    if (files.size() == 1 && files.get(0).equals("-")) {
      return PomeriumLint.lint("<stdin>", main.stdin.readAllBytes(), options);
    }
    List<Path> paths = new ArrayList<>();
    for (String file : files) {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        throw new NoSuchFileException(file);
      }
      paths.add(path);
    }
    return PomeriumLint.lint(paths, options);
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
    if (pomeriumVersion != null) {
      try {
        b.pomeriumVersion(PomeriumVersion.parse(pomeriumVersion).toString());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--pomerium-version: " + e.getMessage());
      }
    }
    if (useEnvironment) {
      b.environment(Map.copyOf(System.getenv()));
    }
    if (envFile != null) {
      if (!Files.isRegularFile(envFile)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--env-file: cannot read " + envFile + ": no such file");
      }
      b.envFile(envFile);
    }
    b.online(online).timeout(Duration.ofSeconds(timeoutSeconds)).showUsers(showUsers);
    if (online && System.console() != null) {
      PrintWriter err = spec.commandLine().getErr();
      b.progress(line -> {
        err.println(line);
        err.flush();
      });
    }
    trustedHosts.forEach(b::trustHost);
    if (graphUrl != null) {
      b.graphUrl(graphUrl);
    }
    return b.build();
  }
}
