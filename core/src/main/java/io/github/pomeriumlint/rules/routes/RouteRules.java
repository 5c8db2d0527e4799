package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.rules.Rule;
import java.util.List;

/** The rules about route fields. */
public final class RouteRules {
  private RouteRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
