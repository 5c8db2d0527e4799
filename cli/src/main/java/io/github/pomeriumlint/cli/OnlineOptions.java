package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where online calls may go and how long they may take. {@code --online} itself stays with each
 * command, which says what it does there.
 */
final class OnlineOptions {
  @Option(
      names = "--trust-host",
      paramLabel = "HOST[:PORT]",
      description = "Let online calls send credentials to this host (repeatable).")
  List<String> trustedHosts = new ArrayList<>();

  @Option(names = "--graph-url", paramLabel = "URL", description = "Override the Microsoft Graph base URL.")
  String graphUrl;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Timeout of each online request in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  /** Sets these options on {@code b}; a bad value is a usage error of {@code cli}. */
  void applyTo(LintOptions.Builder b, CommandLine cli) {
    if (timeoutSeconds <= 0) {
      throw new CommandLine.ParameterException(cli, "--timeout must be a positive number of seconds");
    }
    b.timeout(Duration.ofSeconds(timeoutSeconds));
    trustedHosts.forEach(b::trustHost);
    if (graphUrl != null) {
      if (!graphUrl.matches("(?i)https?://[^/?#\\s]+(/\\S*)?")) {
        throw new CommandLine.ParameterException(cli, "--graph-url must be an http(s) URL, not '" + graphUrl + "'");
      }
      b.graphUrl(graphUrl);
    }
  }
}
