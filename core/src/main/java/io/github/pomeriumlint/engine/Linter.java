package io.github.pomeriumlint.engine;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.EffectiveConfig;
import io.github.pomeriumlint.config.EnvOverlay;
import io.github.pomeriumlint.config.Environment;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.filter.Baseline;
import io.github.pomeriumlint.filter.FindingFilter;
import io.github.pomeriumlint.online.OnlineCheck;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Runs every rule over every input, then (with {@code online}) the online checks, then the
 * filters: text, tree with positions, rules, findings, filters, sorted. Files are linted in
 * parallel; the result's order never depends on it. Never stops at the first finding, never
 * throws for bad input.
 */
public final class Linter {
  private final List<Rule> rules;

  public Linter() {
    this(RuleRegistry.all());
  }

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** One input to lint, with the release it targets and the filter its project config makes. */
  private record Input(SourceFile source, PomeriumVersion version, FindingFilter filter) {}

  /** What one input yields before filtering; {@code online} is null on offline runs. */
  private record FileOutcome(
      Input input, List<Diagnostic> findings, Map<String, List<String>> sources, OnlineCheck.Target online) {}

  /**
   * @param environment the variables to overlay (already merged from the process and any env file)
   * @throws IOException when a project config or the baseline cannot be read or is invalid
   */
  public LintResult lint(List<SourceFile> inputs, LintOptions options, Environment environment) throws IOException {
    ProjectConfigs projects = new ProjectConfigs(options);
    Optional<Baseline> baseline =
        options.baseline().isPresent() ? Optional.of(Baseline.read(options.baseline().get())) : Optional.empty();
    List<Input> linted = new ArrayList<>();
    for (SourceFile source : inputs) {
      ProjectConfigs.ForFile project = projects.forFile(source);
      if (!project.ignored()) {
        Optional<String> release = options.pomeriumVersion();
        if (release.isEmpty()) {
          release = project.config().pomeriumVersion();
        }
        PomeriumVersion version = release.isPresent() ? PomeriumVersion.parse(release.get()) : PomeriumVersion.NEWEST;
        linted.add(new Input(source, version, new FindingFilter(project.config(), options.inlineSuppressions(), baseline)));
      }
    }
    List<FileOutcome> outcomes;
    if (linted.size() == 1) {
      // the pre-commit case: starting a pool would cost more than it saves
      outcomes = List.of(lintOne(linted.get(0), environment, options.online()));
    } else {
      outcomes = IntStream.range(0, linted.size()).parallel().mapToObj(i -> lintOne(linted.get(i), environment, options.online())).toList();
    }
    List<String> incomplete = List.of();
    if (options.online()) {
      // Only here: an offline run never loads the HTTP client.
      OnlineCheck.Outcome online = OnlineCheck.run(outcomes.stream().map(FileOutcome::online).toList(), options);
      addOnline(outcomes, online.diagnostics());
      incomplete = online.incomplete();
    }
    List<Diagnostic> findings = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (FileOutcome outcome : outcomes) {
      FindingFilter.Outcome filtered = outcome.input().filter().apply(outcome.input().source(), outcome.findings());
      findings.addAll(filtered.kept());
      suppressed.addAll(filtered.suppressed());
      sources.putAll(outcome.sources());
    }
    findings.sort(Diagnostic.ORDER);
    if (suppressed.size() > 1) { // most runs suppress nothing: no comparator to build then
      suppressed.sort(Comparator.comparing(Suppressed::diagnostic, Diagnostic.ORDER));
    }
    return new LintResult(findings, linted.size(), sources, incomplete, suppressed);
  }

  private FileOutcome lintOne(Input input, Environment environment, boolean online) {
    SourceFile source = input.source();
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    Document document = Document.parse(source);
    sources.put(source.name(), SecretMask.apply(source.lines(), document));
    EffectiveConfig config = EnvOverlay.apply(document, environment);
    for (SourceFile decoded : config.decodedSources()) {
      sources.put(decoded.name(), decoded.lines());
    }
    LintContext.FileState state = new LintContext.FileState(document, config, input.version(), findings::add);
    List<RouteRule> routeRules = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule instanceof RouteRule routeRule) {
        routeRules.add(routeRule);
      } else {
        runGuarded(rule, state, findings, source);
      }
    }
    checkRoutes(routeRules, state, findings, source);
    OnlineCheck.Target target = null;
    if (online) {
      LintContext view = state.forRule(OnlineRules.CHECK_FAILED);
      target = new OnlineCheck.Target(source.name(), source.directory(), view.options(), view.routes(), input.version());
    }
    return new FileOutcome(input, findings, sources, target);
  }

  /**
   * Each online finding goes with the input it is about (by file name; findings in an env file go
   * with the first input), and replaces the offline one of the same rule at the same place: it
   * knows more (a group's id, say), while the offline rule keeps the say on how severe it is.
   */
  private static void addOnline(List<FileOutcome> outcomes, List<Diagnostic> online) {
    Map<FileOutcome, List<Diagnostic>> additions = new LinkedHashMap<>();
    for (Diagnostic d : online) {
      FileOutcome owner =
          outcomes.stream().filter(o -> o.input().source().name().equals(d.file())).findFirst().orElse(outcomes.get(0));
      Diagnostic kept = d;
      for (Iterator<Diagnostic> offline = owner.findings().iterator(); offline.hasNext(); ) {
        Diagnostic o = offline.next();
        if (o.rule().equals(d.rule()) && o.file().equals(d.file()) && o.line() == d.line() && o.column() == d.column()) {
          kept = d.withSeverity(o.severity());
          offline.remove();
        }
      }
      // added after the loop, so that online findings at one place never replace each other
      additions.computeIfAbsent(owner, k -> new ArrayList<>()).add(kept);
    }
    additions.forEach((owner, found) -> owner.findings().addAll(found));
  }

  /**
   * Runs the route rules route by route: all of them on one route, then the next, so that each
   * route is read from memory once. A rule that fails is reported as {@link #runGuarded} reports
   * it, and checks no further route, as if it had run on its own.
   */
  private static void checkRoutes(
      List<RouteRule> routeRules, LintContext.FileState state, List<Diagnostic> findings, SourceFile input) {
    List<RouteRule> running = new ArrayList<>();
    List<LintContext> contexts = new ArrayList<>();
    for (RouteRule rule : routeRules) {
      LintContext ctx = state.forRule(rule);
      try {
        if (rule.beforeRoutes(ctx)) {
          running.add(rule);
          contexts.add(ctx);
        }
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(internalError(rule, input, e));
      }
    }
    if (running.isEmpty()) {
      return;
    }
    List<Route> routes;
    try {
      routes = contexts.get(0).routes();
    } catch (RuntimeException | StackOverflowError e) {
      running.forEach(rule -> findings.add(internalError(rule, input, e))); // each rule would have failed on its own
      return;
    }
    boolean[] failed = new boolean[running.size()];
    for (Route route : routes) {
      for (int i = 0; i < running.size(); i++) {
        if (failed[i]) {
          continue;
        }
        try {
          running.get(i).check(contexts.get(i), route);
        } catch (RuntimeException | StackOverflowError e) {
          findings.add(internalError(running.get(i), input, e));
          failed[i] = true;
        }
      }
    }
  }

  /** A rule bug must not hide the other findings: report it as a finding of its own. */
  private static void runGuarded(Rule rule, LintContext.FileState state, List<Diagnostic> findings, SourceFile input) {
    try {
      rule.check(state.forRule(rule));
    } catch (RuntimeException | StackOverflowError e) {
      findings.add(internalError(rule, input, e));
    }
  }

  private static Diagnostic internalError(Rule rule, SourceFile input, Throwable e) {
    return new Diagnostic(
        "internal-error", Severity.ERROR, input.name(), 1, 1, 1, 1, "",
        "rule " + rule.id() + " failed on this file (" + e.getClass().getSimpleName() + "); please report this with the file",
        null);
  }
}
