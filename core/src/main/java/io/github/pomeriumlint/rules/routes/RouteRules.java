package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.rules.Rule;
import java.util.List;

/** The rules about routes: their keys, Pomerium's Policy.Validate, and what Envoy makes of them. */
public final class RouteRules {
  private RouteRules() {}

  public static List<Rule> all() {
    return List.of(
        new UnknownRouteKey(),
        new RemovedRouteKey(),
        new DeprecatedRouteKey(),
        new InvalidRouteValue(),
        new InvalidRouteFrom(),
        new InvalidRouteTo(),
        new RouteAction(),
        new InvalidRedirect(),
        new RoutePublicWithWhitelist(),
        new RoutePublicWithPolicy(),
        new InvalidRouteTls(),
        new RouteKubernetesToken(),
        new RouteRewriteConflict(),
        new InvalidDependsOn(),
        new InvalidRouteMcp(),
        new InvalidRouteRegex(),
        new InvalidRoutePath(),
        new InvalidHeaderName(),
        new DuplicateRoute(),
        new RouteGrantsNobody(),
        new TlsSkipVerify(),
        new RouteFileNotFound());
  }
}
