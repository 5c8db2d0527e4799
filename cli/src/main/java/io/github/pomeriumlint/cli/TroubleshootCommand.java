package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.config.EffectiveConfig;
import io.github.pomeriumlint.online.GraphDirectory;
import io.github.pomeriumlint.troubleshoot.Decision;
import io.github.pomeriumlint.troubleshoot.LookupFailed;
import io.github.pomeriumlint.troubleshoot.Target;
import io.github.pomeriumlint.troubleshoot.Troubleshooter;
import io.github.pomeriumlint.troubleshoot.User;
import io.github.pomeriumlint.troubleshoot.Verdict;
import io.github.pomeriumlint.troubleshoot.VerdictJson;
import io.github.pomeriumlint.troubleshoot.VerdictText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code troubleshoot --url URL --email E FILE}: why does this user get a 403 here? */
@Command(
    name = "troubleshoot",
    mixinStandardHelpOptions = true,
    description = {
      "Explain, criterion by criterion, whether a user gets through the route a URL reaches, and why not.",
      "Exit 0 when allowed, 1 when denied or no route matches, 2 on bad usage, 3 when the online lookup fails."
    })
final class TroubleshootCommand implements Callable<Integer> {
  /** The formats troubleshoot speaks. */
  enum Format {
    text,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand Main main;

  @Parameters(paramLabel = "FILE", description = "The Pomerium config (YAML or JSON).")
  Path config;

  @Option(names = "--url", required = true, paramLabel = "URL", description = "The URL the user opened, e.g. https://app.example.com/admin.")
  String url;

  @Option(names = "--email", paramLabel = "EMAIL", description = "The user's email claim (leave out for a user without one).")
  String email;

  @Option(names = "--user-id", paramLabel = "ID", description = "The user's id: the object id (oid) for Azure, else the sub claim.")
  String userId;

  @Option(names = "--claim", paramLabel = "NAME=VALUE", description = "A claim of the user's ID token (repeatable; repeat a name for several values).")
  List<String> claims = new ArrayList<>();

  @Option(names = "--user", paramLabel = "EMAIL_OR_UPN", description = "With --online: look the user up in Microsoft Graph.")
  String lookup;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Mixin ConfigOptions configOptions;

  @Option(names = "--online", description = "Fetch the user named by --user from Microsoft Graph.")
  boolean online;

  @CommandLine.Mixin OnlineOptions onlineOptions;

  @Override
  public Integer call() throws IOException {
    Target target = Target.parse(url).orElseThrow(() -> usage("--url needs a scheme and a host, e.g. https://app.example.com/path"));
    if (!Files.isRegularFile(config)) {
      throw new NoSuchFileException(config.toString());
    }
    LintOptions options = options();
    checkUserOptions();
    EffectiveConfig effective = Troubleshooter.load(config, options);
    User user;
    try {
      user = lookup != null ? GraphDirectory.forConfig(effective.root(), Optional.ofNullable(config.toAbsolutePath().getParent()), options).lookup(lookup) : user();
    } catch (LookupFailed e) {
      spec.commandLine().getErr().println("pomerium-lint: " + e.getMessage());
      return ExitCode.INCOMPLETE;
    }
    Verdict verdict = Troubleshooter.decide(effective, target, user, Troubleshooter.version(options));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      VerdictJson.render(verdict, out);
    } else {
      VerdictText.render(verdict, out);
    }
    out.flush();
    return verdict.decision() == Decision.ALLOW ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private void checkUserOptions() {
    if (lookup != null && (email != null || userId != null || !claims.isEmpty())) {
      throw usage("--user looks the user up; give it alone, or --email/--user-id/--claim without it");
    }
    if (lookup != null && !online) {
      throw usage("--user needs --online (a Microsoft Graph lookup); offline, describe the user with --email, --user-id and --claim");
    }
    if (online && lookup == null) {
      throw usage("--online looks up the user named by --user; add --user EMAIL_OR_UPN");
    }
  }

  private User user() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String claim : claims) {
      int eq = claim.indexOf('=');
      if (eq <= 0) {
        throw usage("--claim takes NAME=VALUE, not '" + claim + "'");
      }
      values.computeIfAbsent(claim.substring(0, eq), k -> new ArrayList<>()).add(claim.substring(eq + 1));
    }
    return User.of(email, userId, values);
  }

  private LintOptions options() {
    LintOptions.Builder b = LintOptions.builder();
    configOptions.applyTo(b, main.env, spec.commandLine());
    onlineOptions.applyTo(b, spec.commandLine());
    return b.online(online).build();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
