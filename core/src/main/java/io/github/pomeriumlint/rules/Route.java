package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.config.EffectiveConfig;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import java.util.ArrayList;
import java.util.List;

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

  /** Every route mapping of a config, from {@code policy:} then {@code routes:} (Pomerium's order), or the root list. */
  public static List<Route> all(EffectiveConfig config) {
    List<Route> all = new ArrayList<>();
    config.rootRoutes().ifPresent(list -> add(all, list, "routes"));
    for (String key : List.of("policy", "routes")) {
      config.root().get(key).filter(ListNode.class::isInstance).ifPresent(n -> add(all, n.asList(), key));
    }
    return List.copyOf(all);
  }

  private static void add(List<Route> into, ListNode list, String key) {
    for (Node item : list.items()) {
      if (item instanceof MapNode map) {
        into.add(new Route(map, key));
      }
    }
  }
}
