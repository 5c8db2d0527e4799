package io.github.pomeriumlint.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config as Pomerium would see it: the file's top-level mapping with the environment laid over
 * it, or the route list a file holds when its root is a list (a legacy policy file, or the content
 * of {@code ROUTES}).
 *
 * @param root the effective top-level options (empty when the file is a bare route list)
 * @param rootRoutes the file's root when it is a list of routes
 * @param setByEnvironment the top-level keys that an environment variable set, to that variable's name
 * @param decodedSources texts decoded from variables such as {@code ROUTES} (base64 YAML), so that
 *     findings inside them can show their line
 * @param environmentErrors values from the environment that Pomerium could not decode
 */
public record EffectiveConfig(
    MapNode root,
    Optional<ListNode> rootRoutes,
    Map<String, String> setByEnvironment,
    List<SourceFile> decodedSources,
    List<SyntaxError> environmentErrors) {

  public EffectiveConfig {
    setByEnvironment = Map.copyOf(setByEnvironment);
    decodedSources = List.copyOf(decodedSources);
    environmentErrors = List.copyOf(environmentErrors);
  }

  /** The variable that set a top-level key, if the environment set it. */
  public Optional<String> environmentVariable(String key) {
    return Optional.ofNullable(setByEnvironment.get(MapNode.normalize(key)));
  }
}
