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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code troubleshoot --url URL --email E FILE}: why does this user get a 403 here? */
final class TroubleshootCommand implements Callable<Integer> {
  static final String NAME = "troubleshoot";

  /** The formats troubleshoot speaks. */
  enum Format {
    text,
    json
  }

  private final Main main;
  final CommandSpec spec;

  private final PositionalParamSpec config = Specs.parameter("FILE", Path.class, "1", "The Pomerium config (YAML or JSON).");
  private final OptionSpec url = OptionSpec.builder("--url").required(true).paramLabel("URL").type(String.class)
      .description("The URL the user opened, e.g. https://app.example.com/admin.").build();
  private final OptionSpec method =
      Specs.option("--method", "METHOD", String.class, "GET", "The request's HTTP method, for http_method rules (default: ${DEFAULT-VALUE}).");
  private final OptionSpec sourceIp =
      Specs.option("--source-ip", "IP", String.class, "The client's IP address, for source_ip rules (default: unknown).");
  private final OptionSpec email =
      Specs.option("--email", "EMAIL", String.class, "The user's email claim (leave out for a user without one).");
  private final OptionSpec userId =
      Specs.option("--user-id", "ID", String.class, "The user's id: the object id (oid) for Azure, else the sub claim.");
  private final OptionSpec claims =
      Specs.repeatable("--claim", "NAME=VALUE", "A claim of the user's ID token (repeatable; repeat a name for several values).");
  private final OptionSpec lookup =
      Specs.option("--user", "EMAIL_OR_UPN", String.class, "With --online: look the user up in Microsoft Graph.");
  private final OptionSpec format = Specs.option(
      "--format", "FORMAT", Format.class, "text", "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");
  private final ConfigOptions configOptions = new ConfigOptions();
  private final OptionSpec online = Specs.flag("--online", "Fetch the user named by --user from Microsoft Graph.");
  private final OnlineOptions onlineOptions = new OnlineOptions();

  TroubleshootCommand(Main main) {
    this.main = main;
    this.spec = Specs.command(this, NAME, Main.VERSION,
        "Explain, criterion by criterion, whether a user gets through the route a URL reaches, and why not.",
        "Exit 0 when allowed, 1 when denied or no route matches, 2 on bad usage, 3 when the online lookup fails.");
    spec.addPositional(config).addOption(url).addOption(method).addOption(sourceIp).addOption(email).addOption(userId).addOption(claims).addOption(lookup).addOption(format);
    configOptions.addTo(spec);
    spec.addOption(online);
    onlineOptions.addTo(spec);
  }

  @Override
  public Integer call() throws IOException {
    Path config = this.config.getValue();
    String lookup = this.lookup.getValue();
    String requestMethod = method.getValue();
    if (!requestMethod.matches("[A-Za-z]+")) {
      throw usage("--method takes an HTTP method such as GET or POST, not '" + requestMethod + "'");
    }
    Target target = Target.parse(url.getValue())
        .orElseThrow(() -> usage("--url needs a scheme and a host, e.g. https://app.example.com/path"))
        .withMethod(requestMethod);
    String clientIp = sourceIp.getValue();
    if (clientIp != null) {
      try {
        target = target.withSourceIp(clientIp);
      } catch (IllegalArgumentException e) {
        throw usage("--source-ip: " + e.getMessage());
      }
    }
    if (!Files.isRegularFile(config)) {
      throw new NoSuchFileException(config.toString());
    }
    LintOptions options = options();
    checkUserOptions(lookup);
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
    if (format.getValue() == Format.json) {
      VerdictJson.render(verdict, out);
    } else {
      VerdictText.render(verdict, out);
    }
    out.flush();
    return verdict.decision() == Decision.ALLOW ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private void checkUserOptions(String lookup) {
    boolean online = this.online.getValue();
    if (lookup != null && (email.getValue() != null || userId.getValue() != null || !Specs.values(claims).isEmpty())) {
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
    for (String claim : Specs.values(claims)) {
      int eq = claim.indexOf('=');
      if (eq <= 0) {
        throw usage("--claim takes NAME=VALUE, not '" + claim + "'");
      }
      values.computeIfAbsent(claim.substring(0, eq), k -> new ArrayList<>()).add(claim.substring(eq + 1));
    }
    return User.of(email.getValue(), userId.getValue(), values);
  }

  private LintOptions options() {
    LintOptions.Builder b = LintOptions.builder();
    configOptions.applyTo(b, main.env, spec.commandLine());
    onlineOptions.applyTo(b, spec.commandLine());
    return b.online(online.<Boolean>getValue()).build();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
