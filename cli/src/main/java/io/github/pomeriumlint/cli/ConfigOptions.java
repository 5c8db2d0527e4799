package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** How a command reads a config: the release it targets and the environment laid over it. */
final class ConfigOptions {
  private final OptionSpec pomeriumVersion = Specs.option(
      "--pomerium-version", "X.Y[.Z]", String.class, "The Pomerium release the config targets (default: the newest known).");
  private final OptionSpec useEnvironment = Specs.flag("--env", "Overlay the process environment as Pomerium binds it.");
  private final OptionSpec envFile = Specs.option("--env-file", "FILE", Path.class, "Overlay variables from a dotenv file.");

  ConfigOptions addTo(CommandSpec spec) {
    spec.addOption(pomeriumVersion).addOption(useEnvironment).addOption(envFile);
    return this;
  }

  /** Sets these options on {@code b}; a bad value is a usage error of {@code cli}. */
  void applyTo(LintOptions.Builder b, Map<String, String> env, CommandLine cli) {
    String version = pomeriumVersion.getValue();
    if (version != null) {
      try {
        b.pomeriumVersion(PomeriumVersion.parse(version).toString());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, "--pomerium-version: " + e.getMessage());
      }
    }
    if (useEnvironment.<Boolean>getValue()) {
      b.environment(env);
    }
    Path file = envFile.getValue();
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(cli, "--env-file: cannot read " + file + ": no such file");
      }
      b.envFile(file);
    }
  }
}
