package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.PplParser;
import io.github.pomeriumlint.ppl.RoutePolicy;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a config holds PPL: each route's {@code policy} and its {@code upstream_tunnel.ssh_policy}. */
final class PplSources {
  private PplSources() {}

  /** Every PPL value as written. */
  static List<Node> written(LintContext ctx) {
    List<Node> values = new ArrayList<>();
    for (Route route : ctx.routes()) {
      route.node().get("policy").ifPresent(values::add);
      sshPolicy(route.node()).ifPresent(values::add);
    }
    return values;
  }

  /**
   * Every policy Pomerium enforces: each route's effective policy (legacy fields OR-ed with its
   * {@code policy}) and its SSH policy.
   */
  static List<Policy> enforced(LintContext ctx) {
    List<Policy> policies = new ArrayList<>();
    for (Route route : ctx.routes()) {
      policies.add(RoutePolicy.effective(route.node()));
      sshPolicy(route.node()).ifPresent(n -> policies.add(PplParser.parse(n).policy()));
    }
    return policies;
  }

  /** Every criterion written in PPL (not those built from legacy fields). */
  static Stream<Criterion> writtenCriteria(LintContext ctx) {
    return written(ctx).stream().flatMap(n -> PplParser.parse(n).policy().criteria()).map(Policy.Located::criterion);
  }

  private static Optional<Node> sshPolicy(MapNode route) {
    return route.get("upstream_tunnel").filter(MapNode.class::isInstance).flatMap(t -> t.asMap().get("ssh_policy"));
  }
}
