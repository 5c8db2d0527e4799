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
  // Plain loops rather than Optional and stream lambdas: this runs for every route of every check,
  // and each lambda costs start-up time to link.
  private static final Comparator<MapNode.Entry> BY_KEY = new Comparator<>() {
    @Override
    public int compare(MapNode.Entry a, MapNode.Entry b) {
      return a.key().text().compareTo(b.key().text());
    }
  };

  private RoutePolicy() {}

  /** The PPL values a route writes: its {@code policy} and its {@code upstream_tunnel.ssh_policy}. */
  public static List<Node> written(MapNode route) {
    List<Node> values = new ArrayList<>(2);
    Optional<Node> policy = route.get("policy");
    if (policy.isPresent()) {
      values.add(policy.get());
    }
    Optional<Node> ssh = sshPolicy(route);
    if (ssh.isPresent()) {
      values.add(ssh.get());
    }
    return values;
  }

  /** The route's {@code upstream_tunnel.ssh_policy}, which is PPL on its own (no legacy fields). */
  public static Optional<Node> sshPolicy(MapNode route) {
    Optional<Node> tunnel = route.get("upstream_tunnel");
    return tunnel.isPresent() && tunnel.get() instanceof MapNode t ? t.get("ssh_policy") : Optional.empty();
  }

  /**
   * Every policy Pomerium enforces for the route: the {@link #effective} one, then the SSH policy if
   * any. {@code parser} reads a PPL value, so that a caller can parse each value once.
   */
  public static List<Policy> enforced(MapNode route, Function<Node, PplParser.Result> parser) {
    List<Policy> policies = new ArrayList<>();
    policies.add(effective(route, parser));
    Optional<Node> ssh = sshPolicy(route);
    if (ssh.isPresent()) {
      policies.add(parser.apply(ssh.get()).policy());
    }
    return policies;
  }

  /** The effective policy of {@code route}; parse problems of its {@code policy} are left to {@link PplParser}. */
  public static Policy effective(MapNode route) {
    return effective(route, PplParser::parse);
  }

  private static Policy effective(MapNode route, Function<Node, PplParser.Result> parser) {
    List<PolicyRule> rules = new ArrayList<>();
    Optional<PolicyRule> legacy = legacyRule(route);
    if (legacy.isPresent()) {
      rules.add(legacy.get());
    }
    Optional<Node> ppl = route.get("policy");
    if (ppl.isPresent()) {
      rules.addAll(parser.apply(ppl.get()).policy().rules());
    }
    return new Policy(route, rules);
  }

  /** The {@code allow: or:} rule Pomerium builds from the legacy fields, if any is set. */
  static Optional<PolicyRule> legacyRule(MapNode route) {
    List<MapNode> holders = new ArrayList<>();
    holders.add(route);
    if (route.get("sub_policies").orElse(null) instanceof ListNode subPolicies) {
      for (Node item : subPolicies.items()) {
        if (item instanceof MapNode subPolicy) {
          holders.add(subPolicy);
        }
      }
    }

    List<Criterion> or = new ArrayList<>();
    flag(route, "allow_public_unauthenticated_access", "accept", or);
    flag(route, "cors_allow_preflight", "cors_preflight", or);
    flag(route, "allow_any_authenticated_user", "authenticated_user", or);
    for (MapNode holder : holders) {
      MapNode.Entry domains = holder.entry("allowed_domains").orElse(null);
      if (domains != null) {
        for (Node v : values(domains.value())) {
          or.add(legacy("domain", domains, v));
        }
      }
    }
    for (MapNode holder : holders) {
      MapNode.Entry claims = holder.entry("allowed_idp_claims").orElse(null);
      if (claims != null && claims.value() instanceof MapNode) {
        claims(claims, or);
      }
    }
    for (MapNode holder : holders) {
      MapNode.Entry users = holder.entry("allowed_users").orElse(null);
      if (users != null) {
        for (Node v : values(users.value())) {
          or.add(legacy("user", users, v));
          or.add(legacy("email", users, v));
        }
      }
    }
    if (or.isEmpty()) {
      return Optional.empty();
    }
    ScalarNode firstKey = or.get(0).keyNode();
    return Optional.of(new PolicyRule(Action.ALLOW, firstKey, route, List.of(new Condition(Operator.OR, firstKey, route, or))));
  }

  private static void flag(MapNode route, String field, String criterion, List<Criterion> into) {
    MapNode.Entry e = route.entry(field).orElse(null);
    if (e != null && e.value() instanceof ScalarNode s && s.asBoolean().orElse(false)) {
      into.add(legacy(criterion, e, e.value()));
    }
  }

  private static void claims(MapNode.Entry field, List<Criterion> into) {
    // in the order of the claim names
    List<MapNode.Entry> claims = new ArrayList<>(field.value().asMap().entries());
    claims.sort(BY_KEY);
    for (MapNode.Entry claim : claims) {
      for (Node v : values(claim.value())) {
        into.add(new Criterion("claim", Optional.of(claim.key().text()), claim.key(), v, true));
      }
    }
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
