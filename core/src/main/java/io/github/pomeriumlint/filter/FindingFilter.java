package io.github.pomeriumlint.filter;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stage after the rules, per file: the project config's {@code disable} and {@code severity},
 * then {@code # pomerium-lint:} comments, then the baseline. Suppressed findings are kept aside
 * with their reason; the comments themselves are checked (reason given, something suppressed).
 */
public final class FindingFilter {
  /** Lines are 1-based, so no line directive covers line 0. */
  private static final int FILE_WIDE = 0;

  private final ProjectConfig project;
  private final boolean inlineSuppressions;
  private final Optional<Baseline> baseline;

  public FindingFilter(ProjectConfig project, boolean inlineSuppressions, Optional<Baseline> baseline) {
    this.project = project;
    this.inlineSuppressions = inlineSuppressions;
    this.baseline = baseline;
  }

  /** What is left of one file's findings, and what was suppressed. */
  public record Outcome(List<Diagnostic> kept, List<Suppressed> suppressed) {}

  public Outcome apply(SourceFile input, List<Diagnostic> findings) {
    List<Diagnostic> kept = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    List<Directive> directives = inlineSuppressions && !input.isJson()
        ? DirectiveScanner.scan(input)
        : List.of();
    Map<Integer, List<Directive>> byTarget = byTarget(directives);
    Set<String> used = new HashSet<>();
    for (Diagnostic raw : findings) {
      Optional<Diagnostic> configured = configure(raw);
      if (configured.isEmpty()) {
        continue;
      }
      Diagnostic d = configured.get();
      Optional<Directive> directive = covering(byTarget, input, d);
      if (directive.isPresent()) {
        used.add(key(directive.get(), d.rule()));
        String reason = directive.get().reason().isEmpty() ? "no reason given" : directive.get().reason();
        suppressed.add(new Suppressed(d, true, reason));
      } else {
        kept.add(d);
      }
    }
    boolean parsed = findings.stream().noneMatch(d -> d.rule().equals("yaml-syntax"));
    for (Directive directive : directives) {
      check(directive, input, used, parsed).stream().map(this::configure).flatMap(Optional::stream).forEach(kept::add);
    }
    if (baseline.isPresent()) {
      List<Diagnostic> fresh = new ArrayList<>();
      for (Diagnostic d : kept) {
        if (baseline.get().accepts(d)) {
          suppressed.add(new Suppressed(d, false, "accepted in the baseline"));
        } else {
          fresh.add(d);
        }
      }
      kept = fresh;
    }
    return new Outcome(kept, suppressed);
  }

  /** Applies the project config: a disabled rule's findings go, an override sets the severity. */
  private Optional<Diagnostic> configure(Diagnostic d) {
    if (project.disable().contains(d.rule())) {
      return Optional.empty();
    }
    Severity override = project.severity().get(d.rule());
    return Optional.of(override == null ? d : d.withSeverity(override));
  }

  /**
   * The directives by the line they cover, file-wide ones under {@link #FILE_WIDE}, so that a
   * finding is matched against its own line's directives rather than every directive of the file.
   */
  private static Map<Integer, List<Directive>> byTarget(List<Directive> directives) {
    Map<Integer, List<Directive>> byTarget = new HashMap<>();
    for (Directive x : directives) {
      byTarget.computeIfAbsent(x.fileWide() ? FILE_WIDE : x.target(), k -> new ArrayList<>()).add(x);
    }
    return byTarget;
  }

  /** The first directive in the file (they are in line order) that covers {@code d}. */
  private static Optional<Directive> covering(Map<Integer, List<Directive>> byTarget, SourceFile input, Diagnostic d) {
    if (!d.file().equals(input.name())) {
      return Optional.empty();
    }
    return Stream.concat(
            byTarget.getOrDefault(d.line(), List.of()).stream(), byTarget.getOrDefault(FILE_WIDE, List.of()).stream())
        .filter(x -> x.covers(d.rule(), d.line()))
        .min(Comparator.comparingInt(Directive::line));
  }

  private static String key(Directive directive, String rule) {
    return directive.line() + ":" + rule;
  }

  private static List<Diagnostic> check(Directive directive, SourceFile input, Set<String> used, boolean parsed) {
    List<Diagnostic> found = new ArrayList<>();
    if (directive.rules().isEmpty()) {
      found.add(finding(FilterRules.MALFORMED, Severity.WARNING, directive, input,
          "this pomerium-lint comment is not a suppression and suppresses nothing",
          "write '# pomerium-lint: disable=RULE[,RULE] -- reason' or 'disable-file=RULE -- reason'"));
      return found;
    }
    if (directive.reason().isEmpty()) {
      found.add(finding(FilterRules.WITHOUT_REASON, Severity.WARNING, directive, input,
          "suppression of " + String.join(", ", directive.rules()) + " gives no reason",
          "say why after '--', e.g. '# pomerium-lint: disable=" + directive.rules().iterator().next() + " -- why'"));
    }
    for (String rule : directive.rules()) {
      if (RuleRegistry.find(rule).isEmpty()) {
        found.add(finding(FilterRules.UNUSED, Severity.INFO, directive, input,
            "'" + rule + "' is not a rule id, so this suppression of it does nothing",
            "see 'pomerium-lint rules' for the ids"));
      } else if (parsed && !used.contains(key(directive, rule))) {
        found.add(finding(FilterRules.UNUSED, Severity.INFO, directive, input,
            "suppression of " + rule + " matches no finding", "remove it"));
      }
    }
    return found;
  }

  private static Diagnostic finding(String rule, Severity severity, Directive d, SourceFile input, String message, String hint) {
    return new Diagnostic(rule, severity, input.name(), d.line(), d.column(), d.line(), d.endColumn(), "", message, hint);
  }
}
