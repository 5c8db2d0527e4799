package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.Policy;
import io.github.pomeriumlint.ppl.RoutePolicy;
import io.github.pomeriumlint.rules.LintContext;
import java.util.List;
import java.util.stream.Stream;

/** The PPL of every route of a config. */
final class PplSources {
  private PplSources() {}

  /** Every PPL value as written: each route's {@code policy} and {@code upstream_tunnel.ssh_policy}. */
  static List<Node> written(LintContext ctx) {
    return ctx.routes().stream().flatMap(r -> RoutePolicy.written(r.node()).stream()).toList();
  }

  /** Every policy Pomerium enforces: each route's effective policy (legacy fields OR-ed with its PPL) and SSH policy. */
  static List<Policy> enforced(LintContext ctx) {
    return ctx.routes().stream().flatMap(r -> ctx.enforcedPolicies(r).stream()).toList();
  }

  /** Every criterion written in PPL (not those built from legacy fields). */
  static Stream<Criterion> writtenCriteria(LintContext ctx) {
    return written(ctx).stream().flatMap(n -> ctx.ppl(n).policy().criteria()).map(Policy.Located::criterion);
  }
}
