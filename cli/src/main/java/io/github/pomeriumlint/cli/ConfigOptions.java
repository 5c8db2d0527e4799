package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How a command reads a config: the release it targets and the environment laid over it. */
final class ConfigOptions {
  @Option(
      names = "--pomerium-version",
      paramLabel = "X.Y[.Z]",
      description = "The Pomerium release the config targets (default: the newest known).")
  String pomeriumVersion;

  @Option(names = "--env", description = "Overlay the process environment as Pomerium binds it.")
  boolean useEnvironment;

  @Option(names = "--env-file", paramLabel = "FILE", description = "Overlay variables from a dotenv file.")
  Path envFile;

  /** Sets these options on {@code b}; a bad value is a usage error of {@code cli}. */
  void applyTo(LintOptions.Builder b, Map<String, String> env, CommandLine cli) {
    if (pomeriumVersion != null) {
      try {
        b.pomeriumVersion(PomeriumVersion.parse(pomeriumVersion).toString());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, "--pomerium-version: " + e.getMessage());
      }
    }
    if (useEnvironment) {
      b.environment(env);
    }
    if (envFile != null) {
      if (!Files.isRegularFile(envFile)) {
        throw new CommandLine.ParameterException(cli, "--env-file: cannot read " + envFile + ": no such file");
      }
      b.envFile(envFile);
    }
  }
}
