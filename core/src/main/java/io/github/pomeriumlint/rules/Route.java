package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.config.MapNode;

/**
 * One route of the config: an item of {@code routes:}, of the legacy top-level {@code policy:}
 * list, or of a file that is itself a route list (read as {@code routes}, as Pomerium reads a
 * {@code ROUTES} value).
 *
 * @param node the route's mapping
 * @param list the key it was listed under: {@code routes} or {@code policy}
 */
public record Route(MapNode node, String list) {

  /** Whether it came from the legacy top-level {@code policy:} key. */
  public boolean legacy() {
    return "policy".equals(list);
  }
}
