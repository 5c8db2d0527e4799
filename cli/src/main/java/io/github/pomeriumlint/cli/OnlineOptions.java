package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintOptions;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where online calls may go and how long they may take. {@code --online} itself stays with each
 * command, which says what it does there.
 */
final class OnlineOptions {
  private final OptionSpec trustedHosts =
      Specs.repeatable("--trust-host", "HOST[:PORT]", "Let online calls send credentials to this host (repeatable).");
  private final OptionSpec graphUrl = Specs.option("--graph-url", "URL", String.class, "Override the Microsoft Graph base URL.");
  private final OptionSpec timeoutSeconds = Specs.option(
      "--timeout", "SECONDS", int.class, "10", "Timeout of each online request in seconds (default: ${DEFAULT-VALUE}).");

  OnlineOptions addTo(CommandSpec spec) {
    spec.addOption(trustedHosts).addOption(graphUrl).addOption(timeoutSeconds);
    return this;
  }

  /** Sets these options on {@code b}; a bad value is a usage error of {@code cli}. */
  void applyTo(LintOptions.Builder b, CommandLine cli) {
    int timeout = timeoutSeconds.getValue();
    if (timeout <= 0) {
      throw new CommandLine.ParameterException(cli, "--timeout must be a positive number of seconds");
    }
    b.timeout(Duration.ofSeconds(timeout));
    for (String host : Specs.values(trustedHosts)) {
      b.trustHost(host);
    }
    String url = graphUrl.getValue();
    if (url != null) {
      if (!url.matches("(?i)https?://[^/?#\\s]+(/\\S*)?")) {
        throw new CommandLine.ParameterException(cli, "--graph-url must be an http(s) URL, not '" + url + "'");
      }
      b.graphUrl(url);
    }
  }
}
