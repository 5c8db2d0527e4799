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
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every rule over every input, then the filters: text, tree with positions, rules, findings,
 * filters, sorted. Files are linted in parallel; the result's order never depends on it. Never
 * stops at the first finding, never throws for bad input.
 */
public final class Linter {
  private final List<Rule> rules;

  public Linter() {
    this(RuleRegistry.all());
  }

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** What one input yields. */
  private record FileOutcome(List<Diagnostic> findings, List<Suppressed> suppressed, Map<String, List<String>> sources) {}

  /**
   * @param environment the variables to overlay (already merged from the process and any env file)
   * @throws IOException when a project config or the baseline cannot be read or is invalid
   */
  public LintResult lint(List<SourceFile> inputs, LintOptions options, Environment environment) throws IOException {
    ProjectConfigs projects = new ProjectConfigs(options);
    Optional<Baseline> baseline = options.baseline().isPresent() ? Optional.of(Baseline.read(options.baseline().get())) : Optional.empty();
    List<SourceFile> linted = new ArrayList<>();
    List<FindingFilter> filters = new ArrayList<>();
    List<PomeriumVersion> versions = new ArrayList<>();
    for (SourceFile input : inputs) {
      ProjectConfigs.ForFile project = projects.forFile(input);
      if (!project.ignored()) {
        linted.add(input);
        filters.add(new FindingFilter(project.config(), options.inlineSuppressions(), baseline));
        versions.add(
            options.pomeriumVersion().or(() -> project.config().pomeriumVersion())
                .map(PomeriumVersion::parse)
                .orElse(PomeriumVersion.NEWEST));
      }
    }
    List<FileOutcome> outcomes =
        java.util.stream.IntStream.range(0, linted.size())
            .parallel()
            .mapToObj(i -> lintOne(linted.get(i), versions.get(i), environment, filters.get(i)))
            .toList();
    List<Diagnostic> findings = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (FileOutcome outcome : outcomes) {
      findings.addAll(outcome.findings());
      suppressed.addAll(outcome.suppressed());
      sources.putAll(outcome.sources());
    }
    findings.sort(Diagnostic.ORDER);
    suppressed.sort(Comparator.comparing(Suppressed::diagnostic, Diagnostic.ORDER));
    return new LintResult(findings, linted.size(), sources, List.of(), suppressed);
  }

  private FileOutcome lintOne(SourceFile input, PomeriumVersion version, Environment environment, FindingFilter filter) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    sources.put(input.name(), input.lines());
    Document document = Document.parse(input);
    EffectiveConfig config = EnvOverlay.apply(document, environment);
    config.decodedSources().forEach(s -> sources.put(s.name(), s.lines()));
    LintContext.FileState state = new LintContext.FileState(document, config, version, findings::add);
    for (Rule rule : rules) {
      runGuarded(rule, state, findings, input);
    }
    FindingFilter.Outcome filtered = filter.apply(input, findings);
    return new FileOutcome(filtered.kept(), filtered.suppressed(), sources);
  }

  /** A rule bug must not hide the other findings: report it as a finding of its own. */
  private static void runGuarded(Rule rule, LintContext.FileState state, List<Diagnostic> findings, SourceFile input) {
    try {
      rule.check(state.forRule(rule));
    } catch (RuntimeException | StackOverflowError e) {
      findings.add(
          new Diagnostic(
              "internal-error", Severity.ERROR, input.name(), 1, 1, 1, 1, "",
              "rule " + rule.id() + " failed on this file (" + e.getClass().getSimpleName()
                  + "); please report this with the file",
              null));
    }
  }
}
