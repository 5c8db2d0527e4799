package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a route holds policies, and the policy Pomerium enforces for it ({@code config/policy_ppl.go}, {@code ToPPL}): one
 * {@code allow: or:} rule made of the legacy access fields, followed by the rules of the route's
 * {@code policy}. The legacy fields of {@code sub_policies} count too, as in Pomerium's
 * {@code AllAllowed*}.
 */
public final class RoutePolicy {
  private RoutePolicy() {}

  /** The PPL values a route writes: its {@code policy} and its {@code upstream_tunnel.ssh_policy}. */
  public static List<Node> written(MapNode route) {
    List<Node> values = new ArrayList<>();
    route.get("policy").ifPresent(values::add);
    sshPolicy(route).ifPresent(values::add);
    return values;
  }

  /** The route's {@code upstream_tunnel.ssh_policy}, which is PPL on its own (no legacy fields). */
  public static Optional<Node> sshPolicy(MapNode route) {
    return route.get("upstream_tunnel").filter(MapNode.class::isInstance).flatMap(t -> t.asMap().get("ssh_policy"));
  }

  /**
   * Every policy Pomerium enforces for the route: the {@link #effective} one, then the SSH policy if
   * any. {@code parser} reads a PPL value, so that a caller can parse each value once.
   */
  public static List<Policy> enforced(MapNode route, Function<Node, PplParser.Result> parser) {
    List<Policy> policies = new ArrayList<>();
    policies.add(effective(route, parser));
    sshPolicy(route).ifPresent(n -> policies.add(parser.apply(n).policy()));
    return policies;
  }

  /** The effective policy of {@code route}; parse problems of its {@code policy} are left to {@link PplParser}. */
  public static Policy effective(MapNode route) {
    return effective(route, PplParser::parse);
  }

  private static Policy effective(MapNode route, Function<Node, PplParser.Result> parser) {
    List<PolicyRule> rules = new ArrayList<>();
    legacyRule(route).ifPresent(rules::add);
    route.get("policy").ifPresent(ppl -> rules.addAll(parser.apply(ppl).policy().rules()));
    return new Policy(route, rules);
  }

  /** The {@code allow: or:} rule Pomerium builds from the legacy fields, if any is set. */
  static Optional<PolicyRule> legacyRule(MapNode route) {
    List<MapNode> holders = new ArrayList<>();
    holders.add(route);
    route.get("sub_policies")
        .filter(ListNode.class::isInstance)
        .ifPresent(l -> l.asList().items().stream().filter(MapNode.class::isInstance).forEach(n -> holders.add(n.asMap())));

    List<Criterion> or = new ArrayList<>();
    flag(route, "allow_public_unauthenticated_access", "accept", or);
    flag(route, "cors_allow_preflight", "cors_preflight", or);
    flag(route, "allow_any_authenticated_user", "authenticated_user", or);
    for (MapNode holder : holders) {
      holder.entry("allowed_domains").ifPresent(e -> values(e.value()).forEach(v -> or.add(legacy("domain", e, v))));
    }
    for (MapNode holder : holders) {
      holder.entry("allowed_idp_claims").filter(e -> e.value() instanceof MapNode).ifPresent(e -> claims(e, or));
    }
    for (MapNode holder : holders) {
      holder.entry("allowed_users").ifPresent(e -> values(e.value()).forEach(v -> {
        or.add(legacy("user", e, v));
        or.add(legacy("email", e, v));
      }));
    }
    if (or.isEmpty()) {
      return Optional.empty();
    }
    ScalarNode firstKey = or.get(0).keyNode();
    return Optional.of(new PolicyRule(Action.ALLOW, firstKey, route, List.of(new Condition(Operator.OR, firstKey, route, or))));
  }

  private static void flag(MapNode route, String field, String criterion, List<Criterion> into) {
    route.entry(field)
        .filter(e -> e.value() instanceof ScalarNode s && s.asBoolean().orElse(false))
        .ifPresent(e -> into.add(legacy(criterion, e, e.value())));
  }

  private static void claims(MapNode.Entry field, List<Criterion> into) {
    field.value().asMap().entries().stream()
        .sorted(Comparator.comparing(e -> e.key().text()))
        .forEach(claim -> values(claim.value()).forEach(v ->
            into.add(new Criterion("claim", Optional.of(claim.key().text()), claim.key(), v, true))));
  }

  private static Criterion legacy(String name, MapNode.Entry field, Node value) {
    return new Criterion(name, Optional.empty(), field.key(), value, true);
  }

  /** The items of a list field; a scalar is one item, as Pomerium decodes a single string into a list. */
  private static List<Node> values(Node node) {
    if (node instanceof ListNode list) {
      return list.items();
    }
    if (node instanceof ScalarNode s && !s.isBlank()) {
      return List.of(s);
    }
    return List.of();
  }
}
