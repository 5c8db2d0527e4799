package io.github.pomeriumlint.engine;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.EffectiveConfig;
import io.github.pomeriumlint.config.EnvOverlay;
import io.github.pomeriumlint.config.Environment;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.online.OnlineCheck;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleRegistry;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule over every input and collects all findings: text, tree with positions, rules,
 * findings, sorted. Never stops at the first finding, never throws for bad input.
 */
public final class Linter {
  private final List<Rule> rules;

  public Linter() {
    this(RuleRegistry.all());
  }

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * @param environment the variables to overlay (already merged from the process and any env file)
   */
  public LintResult lint(List<SourceFile> inputs, LintOptions options, Environment environment) {
    PomeriumVersion version = options.pomeriumVersion().map(PomeriumVersion::parse).orElse(PomeriumVersion.NEWEST);
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    List<OnlineCheck.Target> online = new ArrayList<>();
    for (SourceFile input : inputs) {
      sources.put(input.name(), input.lines());
      Document document = Document.parse(input);
      EffectiveConfig config = EnvOverlay.apply(document, environment);
      config.decodedSources().forEach(s -> sources.put(s.name(), s.lines()));
      LintContext.FileState state = new LintContext.FileState(document, config, version, findings::add);
      for (Rule rule : rules) {
        runGuarded(rule, state, findings, input);
      }
      if (options.online()) {
        LintContext view = state.forRule(OnlineRules.CHECK_FAILED);
        online.add(new OnlineCheck.Target(input.name(), view.options(), view.routes(), version));
      }
    }
    List<String> incomplete = List.of();
    if (options.online()) {
      // Only here: an offline run never loads the HTTP client.
      OnlineCheck.Outcome outcome = OnlineCheck.run(online, options);
      addOnline(findings, outcome.diagnostics());
      incomplete = outcome.incomplete();
    }
    findings.sort(Diagnostic.ORDER);
    return new LintResult(findings, inputs.size(), sources, incomplete);
  }

  /** An online finding replaces the offline one of the same rule at the same place (it knows more). */
  private static void addOnline(List<Diagnostic> findings, List<Diagnostic> online) {
    for (Diagnostic d : online) {
      findings.removeIf(o -> o.rule().equals(d.rule()) && o.file().equals(d.file()) && o.line() == d.line() && o.column() == d.column());
    }
    findings.addAll(online);
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
