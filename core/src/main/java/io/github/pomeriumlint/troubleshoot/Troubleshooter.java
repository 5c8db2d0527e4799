package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.EffectiveConfig;
import io.github.pomeriumlint.config.EnvOverlay;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.config.SyntaxError;
import io.github.pomeriumlint.engine.Inputs;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PplParser;
import io.github.pomeriumlint.ppl.PplProblem;
import io.github.pomeriumlint.ppl.RoutePolicy;
import io.github.pomeriumlint.rules.Route;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains, criterion by criterion, whether a user gets through the route a URL reaches. For
 * example:
 *
 * <pre>{@code
 * Verdict v = Troubleshooter.run(Path.of("config.yaml"), LintOptions.defaults(),
 *     Target.parse("https://app.example.com/").orElseThrow(), User.of("alice@contoso.com", null, Map.of()));
 * }</pre>
 */
public final class Troubleshooter {
  private Troubleshooter() {}

  /**
   * @throws IOException when the config cannot be read, or does not parse (then the message has its position)
   */
  public static Verdict run(Path config, LintOptions options, Target target, User user) throws IOException {
    return decide(load(config, options), target, user, version(options));
  }

  /** The config as Pomerium sees it, environment included, for {@link #decide}. */
  public static EffectiveConfig load(Path config, LintOptions options) throws IOException {
    return load(Inputs.file(config, config.toString()), options);
  }

  public static EffectiveConfig load(SourceFile source, LintOptions options) throws IOException {
    Document document = Document.parse(source);
    if (document.syntaxError().isPresent()) {
      SyntaxError e = document.syntaxError().get();
      throw new IOException(e.span().file() + ":" + e.span().line() + ":" + e.span().column() + ": the config does not parse: "
          + e.message() + " ('pomerium-lint check' explains)");
    }
    return EnvOverlay.apply(document, Inputs.environment(options));
  }

  /** The release a run targets: the options', else the newest known. */
  public static PomeriumVersion version(LintOptions options) {
    return options.pomeriumVersion().map(PomeriumVersion::parse).orElse(PomeriumVersion.NEWEST);
  }

  /** Where the URL goes and whether the user gets through on {@code version}. */
  public static Verdict decide(EffectiveConfig config, Target target, User user, PomeriumVersion version) {
    String url = target.scheme() + "://" + target.authority() + (target.family() == Target.Family.HTTP ? target.path() : "");
    boolean anyPort = config.root().get("runtime_flags")
        .filter(MapNode.class::isInstance)
        .flatMap(flags -> flags.asMap().scalar("match_any_incoming_port"))
        .flatMap(ScalarNode::asBoolean)
        .orElse(true);
    RouteMatch match = RouteMatcher.match(Route.all(config), target, anyPort);
    if (match.chosen().isEmpty()) {
      Optional<String> fix = match.nearby().stream().findFirst()
          .map(near -> "correct the URL or " + near.route().node().path() + " at " + near.route().node().span().file() + ":"
              + near.route().node().span().line() + " (" + near.whyNot() + "), or add a route for the URL")
          .or(() -> Optional.of("add a route whose from is " + target.scheme() + "://" + target.authority()));
      return new Verdict(url, user, Decision.NO_ROUTE, match, Optional.empty(), List.of(), fix);
    }
    Route route = match.chosen().get().route();
    List<String> notes = new ArrayList<>();
    route.node().get("policy").ifPresent(ppl -> {
      for (PplProblem p : PplParser.parse(ppl).problems()) {
        notes.add("Pomerium refuses this route's policy at " + p.node().span().file() + ":" + p.node().span().line()
            + ": " + p.message());
      }
    });
    for (RouteMatch.Hit later : match.shadowed()) {
      if (later.route().node().span().line() < route.node().span().line()
          && later.route().node().span().file().equals(route.node().span().file())) {
        notes.add(later.route().node().path() + " (line " + later.route().node().span().line() + ", from " + later.from()
            + ") matches too and comes first in the file, but Pomerium orders routes by from, path, regex and prefix, not by file order");
      }
    }
    if (user.email().isEmpty() && user.upn().isPresent()) {
      notes.add("the directory has no mail address for " + user.upn().get()
          + ", so Entra ID sends no email claim and Pomerium sees an empty email; authorise such users by object id or group");
    }
    boolean azure = config.root().text("idp_provider").filter("azure"::equalsIgnoreCase).isPresent();
    Policy policy = RoutePolicy.effective(route.node());
    Evaluation evaluation = PolicyEvaluator.evaluate(policy, user, target, azure, version);
    return new Verdict(url, user, evaluation.decision(), match, Optional.of(evaluation), notes, FixAdvisor.fix(route, evaluation, user));
  }
}
