package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.EffectiveConfig;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.config.Span;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.ppl.Condition;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PolicyCriteria;
import io.github.pomeriumlint.ppl.PolicyRule;
import io.github.pomeriumlint.ppl.PplParser;
import io.github.pomeriumlint.ppl.RoutePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a rule sees of one input, and where it reports. Each rule gets its own context, bound to
 * its id and default severity, so a rule cannot report under another rule's name.
 */
public final class LintContext {
  private final FileState file;
  private final RuleInfo rule;
  private Object ruleState;

  private LintContext(FileState file, RuleInfo rule) {
    this.file = file;
    this.rule = rule;
  }

  /**
   * Everything the rules of one input share. Routes are collected and policies parsed once, as
   * several rules read them; rules run one after another, so the caches need no locking.
   */
  public static final class FileState {
    private final Document document;
    private final EffectiveConfig config;
    private final PomeriumVersion version;
    private final Consumer<Diagnostic> sink;
    private List<Route> routes;
    private final Map<Node, PplParser.Result> parsedPpl = new IdentityHashMap<>();
    private final Map<MapNode, List<Policy>> enforcedPolicies = new IdentityHashMap<>();
    private final Map<MapNode, List<PolicyCriteria.Criterion>> policyCriteria = new IdentityHashMap<>();
    // Route rules take the routes one by one, so the last route's criteria and policies are kept
    // at hand: several rules ask for them in a row.
    private Route criteriaOf;
    private List<Criterion> criteria;
    private MapNode policiesOf;
    private List<Policy> policies;

    public FileState(Document document, EffectiveConfig config, PomeriumVersion version, Consumer<Diagnostic> sink) {
      this.document = document;
      this.config = config;
      this.version = version;
      this.sink = sink;
    }

    public LintContext forRule(Rule rule) {
      return new LintContext(this, rule.info());
    }
  }

  public Document document() {
    return file.document;
  }

  public SourceFile source() {
    return file.document.source();
  }

  /** The config as Pomerium would see it (file plus environment). */
  public EffectiveConfig config() {
    return file.config;
  }

  /** The effective top-level options. */
  public MapNode options() {
    return file.config.root();
  }

  /** The release the config targets. */
  public PomeriumVersion version() {
    return file.version;
  }

  /** Every route mapping, from {@code policy:} then {@code routes:} (Pomerium's order), or the root list. */
  public List<Route> routes() {
    if (file.routes == null) {
      file.routes = Route.all(file.config);
    }
    return file.routes;
  }

  /** {@code value} parsed as PPL (see {@link PplParser#parse}). */
  public PplParser.Result ppl(Node value) {
    return file.parsedPpl.computeIfAbsent(value, PplParser::parse);
  }

  /** The policies Pomerium enforces for {@code route} (see {@link RoutePolicy#enforced}). */
  public List<Policy> enforcedPolicies(Route route) {
    if (file.policiesOf != route.node()) {
      file.policies = file.enforcedPolicies.computeIfAbsent(route.node(), node -> RoutePolicy.enforced(node, this::ppl));
      file.policiesOf = route.node();
    }
    return file.policies;
  }

  /** The PPL values {@code route} writes: its {@code policy} and {@code upstream_tunnel.ssh_policy}. */
  public List<Node> writtenPpl(Route route) {
    return RoutePolicy.written(route.node());
  }

  /** The criteria written in the PPL of {@code route} (not those built from legacy fields), in document order. */
  public List<Criterion> writtenCriteria(Route route) {
    if (file.criteriaOf != route) {
      List<Criterion> criteria = new ArrayList<>();
      for (Node value : writtenPpl(route)) {
        for (PolicyRule rule : ppl(value).policy().rules()) {
          for (Condition condition : rule.conditions()) {
            criteria.addAll(condition.criteria());
          }
        }
      }
      file.criteria = Collections.unmodifiableList(criteria);
      file.criteriaOf = route;
    }
    return file.criteria;
  }

  /** The criteria of {@code route} that name users or groups (see {@link PolicyCriteria#of}). */
  public List<PolicyCriteria.Criterion> policyCriteria(Route route) {
    return file.policyCriteria.computeIfAbsent(route.node(), node -> PolicyCriteria.of(node, enforcedPolicies(route)));
  }

  /**
   * What a route rule keeps from one route to the next of a file, made by {@code initial} on the
   * first call: a rule has one context for all the routes of a file.
   */
  @SuppressWarnings("unchecked")
  public <T> T routeState(Supplier<T> initial) {
    if (ruleState == null) {
      ruleState = initial.get();
    }
    return (T) ruleState;
  }

  /** Resolves a {@code *_file} value the way Pomerium does: relative to the config file's folder. */
  public Optional<Path> resolveFile(String value) {
    Path p = Path.of(value);
    if (p.isAbsolute()) {
      return Optional.of(p);
    }
    return source().directory().map(dir -> dir.resolve(p));
  }

  /** The file a {@code *_file} value names, when it can be located from here. */
  public Optional<Path> locateFile(ScalarNode fileName) {
    try {
      return resolveFile(fileName.text().trim());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * The content of the file a {@code *_file} value names; empty when it cannot be read here
   * (file-not-found and route-file-not-found report that).
   */
  public Optional<String> readFile(ScalarNode fileName) {
    Optional<Path> path = locateFile(fileName);
    if (path.isEmpty() || !Files.isRegularFile(path.get())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(path.get(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reports a finding at {@code node} with the rule's default severity. */
  public void report(Node node, String message, String hint) {
    report(rule.severity(), node.span(), node.path(), message, hint);
  }

  public void report(Node node, String message) {
    report(node, message, null);
  }

  /** Reports a finding at {@code node} with a severity other than the default. */
  public void report(Severity severity, Node node, String message, String hint) {
    report(severity, node.span(), node.path(), message, hint);
  }

  public void report(Severity severity, Span span, String path, String message, String hint) {
    file.sink.accept(
        new Diagnostic(
            rule.id(), severity, span.file(), span.line(), span.column(), span.endLine(), span.endColumn(), path, message, hint));
  }
}
