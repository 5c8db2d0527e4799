package io.github.pomeriumlint.filter;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.engine.Inputs;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's {@code .pomerium-lint.yaml}: rules to disable, severity overrides, the Pomerium
 * release its configs target, and path globs (relative to the file's folder) not to lint.
 *
 * @param folder the folder the file is in; ignore globs are relative to it
 */
public record ProjectConfig(
    Path folder, Set<String> disable, Map<String, Severity> severity, Optional<String> pomeriumVersion, List<String> ignore) {
  public static final List<String> FILE_NAMES = List.of(".pomerium-lint.yaml", ".pomerium-lint.yml");
  private static final Set<String> KEYS = Set.of("disable", "severity", "pomerium-version", "ignore");

  public ProjectConfig {
    disable = Set.copyOf(disable);
    severity = Map.copyOf(severity);
    ignore = List.copyOf(ignore);
  }

  /** No project config: nothing disabled, nothing overridden. */
  public static ProjectConfig none(Path folder) {
    return new ProjectConfig(folder, Set.of(), Map.of(), Optional.empty(), List.of());
  }

  /**
   * The nearest project config in the linted file's folder or above it, stopping at the root of
   * its repository (a folder holding {@code .git}).
   */
  public static Optional<Path> discover(Path lintedFile) {
    Path dir = lintedFile.toAbsolutePath().normalize().getParent();
    while (dir != null) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** Reads and checks a project config; anything unusable is an error naming its position. */
  public static ProjectConfig load(Path file) throws IOException {
    SourceFile source = Inputs.file(file, file.toString());
    Document document = Document.parse(source);
    if (document.syntaxError().isPresent()) {
      var error = document.syntaxError().get();
      throw invalid(error.span().file(), error.span().line(), error.span().column(), error.message());
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (document.root().isEmpty()) {
      return none(folder);
    }
    if (!(document.root().get() instanceof MapNode root)) {
      throw invalid(document.root().get(), "must be a mapping of disable, severity, pomerium-version and ignore");
    }
    for (MapNode.Entry entry : root.entries()) {
      if (!KEYS.contains(entry.key().text())) {
        throw invalid(entry.key(), "unknown key '" + entry.key().text() + "' (known: disable, severity, pomerium-version, ignore)");
      }
    }
    Set<String> disable = new LinkedHashSet<>();
    for (ScalarNode id : strings(root, "disable")) {
      disable.add(ruleId(id));
    }
    Map<String, Severity> severity = new LinkedHashMap<>();
    Optional<Node> severities = root.get("severity");
    if (severities.isPresent() && !isNull(severities.get())) {
      if (!(severities.get() instanceof MapNode map)) {
        throw invalid(severities.get(), "severity must map rule ids to error, warning or info");
      }
      for (MapNode.Entry entry : map.entries()) {
        String id = ruleId(entry.key());
        if (!(entry.value() instanceof ScalarNode level)) {
          throw invalid(entry.value(), "the severity of " + id + " must be error, warning or info");
        }
        try {
          severity.put(id, Severity.parse(level.text()));
        } catch (IllegalArgumentException e) {
          throw invalid(level, e.getMessage());
        }
      }
    }
    Optional<String> version = Optional.empty();
    Optional<ScalarNode> versionNode = root.scalar("pomerium-version");
    if (versionNode.isPresent()) {
      try {
        version = Optional.of(PomeriumVersion.parse(versionNode.get().text().trim()).toString());
      } catch (IllegalArgumentException e) {
        throw invalid(versionNode.get(), e.getMessage());
      }
    }
    List<String> ignore = new ArrayList<>();
    for (ScalarNode glob : strings(root, "ignore")) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob.text());
      } catch (IllegalArgumentException e) {
        throw invalid(glob, "'" + glob.text() + "' is not a valid glob");
      }
      ignore.add(glob.text());
    }
    return new ProjectConfig(folder, disable, severity, version, ignore);
  }

  /** True when {@code file} matches one of the ignore globs (relative to this config's folder). */
  public boolean ignores(Path file) {
    if (ignore.isEmpty()) {
      return false;
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : file.normalize();
    for (String glob : ignore) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (matcher.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private static List<ScalarNode> strings(MapNode root, String key) throws InvalidProjectConfigException {
    Optional<Node> node = root.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return List.of();
    }
    if (!(node.get() instanceof ListNode list)) {
      throw invalid(node.get(), key + " must be a list");
    }
    List<ScalarNode> items = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof ScalarNode scalar) || scalar.isBlank()) {
        throw invalid(item, "each item of " + key + " must be a non-empty string");
      }
      items.add(scalar);
    }
    return items;
  }

  private static String ruleId(ScalarNode node) throws InvalidProjectConfigException {
    String id = node.text().trim();
    if (RuleRegistry.find(id).isEmpty()) {
      throw invalid(node, "'" + id + "' is not a rule id (see 'pomerium-lint rules')");
    }
    return id;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.isNull();
  }

  private static InvalidProjectConfigException invalid(Node node, String message) {
    return invalid(node.span().file(), node.span().line(), node.span().column(), message);
  }

  private static InvalidProjectConfigException invalid(String file, int line, int column, String message) {
    return new InvalidProjectConfigException(file + ":" + line + ":" + column + ": " + message);
  }
}
