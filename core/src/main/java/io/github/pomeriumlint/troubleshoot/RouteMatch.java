package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.rules.Route;
import java.util.List;
import java.util.Optional;

/**
 * Where a URL goes.
 *
 * @param chosen the route Pomerium picks, if any
 * @param shadowed other routes that match too but come later in Pomerium's order
 * @param nearby when nothing matches: routes a typo in the URL or the config would have meant
 */
public record RouteMatch(Optional<Hit> chosen, List<Hit> shadowed, List<Near> nearby) {

  public RouteMatch {
    shadowed = List.copyOf(shadowed);
    nearby = List.copyOf(nearby);
  }

  /** A route that accepts the URL, and how. */
  public record Hit(Route route, String from, String how) {}

  /** A route that almost accepts the URL, and why not. */
  public record Near(Route route, String from, String whyNot) {}
}
