package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.report.ToolVersion;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pomerium-lint <command> [options] [FILE...]}. */
public final class Main implements Runnable {
  /** The subcommands, in the order the help lists them. */
  private static final List<String> SUBCOMMANDS = List.of(
      CheckCommand.NAME, RulesCommand.NAME, ExplainCommand.NAME, DecodeServiceAccountCommand.NAME, TroubleshootCommand.NAME);

  /** picocli's list of patterns of types whose built-in converters it leaves out. */
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /** The version every command's {@code --version} prints. */
  static final CommandLine.IVersionProvider VERSION = new Version();

  /** Where {@code -} reads from. */
  final InputStream stdin;

  /** The environment the command sees (GITHUB_ACTIONS, NO_COLOR, and what --env overlays). */
  final Map<String, String> env;

  private final CommandSpec spec;

  private Main(InputStream stdin, Map<String, String> env) {
    this.stdin = stdin;
    this.env = Map.copyOf(env);
    this.spec = Specs.command(this, "pomerium-lint", VERSION, "Finds mistakes in Pomerium configuration before they reach production.");
  }

  public static void main(String[] args) {
    // No option has a java.time or java.sql type; without this, picocli's converters for them
    // initialize both packages on every start (a few milliseconds of each run).
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(System.in, out, err, args));
  }

  /** Runs a command line and returns its exit code; never throws. */
  public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    return run(stdin, System.getenv(), out, err, args);
  }

  /** Runs a command line in the given environment and returns its exit code; never throws. */
  public static int run(InputStream stdin, Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main(stdin, env);
    CommandLine cli = new CommandLine(main.spec);
    for (String name : subcommandsFor(args)) {
      cli.addSubcommand(name, main.subcommand(name));
    }
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(new FailedRun());
    cli.setParameterExceptionHandler(new UsageError());
    return cli.execute(args);
  }

  /**
   * Only the subcommand the line names, when it names one: each model costs start-up time. None
   * for a lone version request; otherwise (help, a typo) all of them, for the help's list.
   */
  private static List<String> subcommandsFor(String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
      return List.of(args[0]);
    }
    return SUBCOMMANDS;
  }

  private CommandSpec subcommand(String name) {
    return switch (name) {
      case CheckCommand.NAME -> new CheckCommand(this).spec;
      case RulesCommand.NAME -> new RulesCommand().spec;
      case ExplainCommand.NAME -> new ExplainCommand().spec;
      case DecodeServiceAccountCommand.NAME -> new DecodeServiceAccountCommand(this).spec;
      case TroubleshootCommand.NAME -> new TroubleshootCommand(this).spec;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'check FILE')");
  }

  // No lambda here names a picocli type: its class in the class-data archive would make the dump
  // link picocli's classes, and linked pre-Java 6 classes cannot be archived.

  /** A command that threw: one line, no stack trace. */
  private static final class FailedRun implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      commandLine.getErr().println("pomerium-lint: " + Errors.describe(e));
      return ExitCode.USAGE;
    }
  }

  /** A command line picocli cannot parse: the reason and where to find help. */
  private static final class UsageError implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine c = e.getCommandLine();
      c.getErr().println("pomerium-lint: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE;
    }
  }

  /** Reports the build's version. */
  private static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ToolVersion.NAME + " " + ToolVersion.get()};
    }
  }
}
