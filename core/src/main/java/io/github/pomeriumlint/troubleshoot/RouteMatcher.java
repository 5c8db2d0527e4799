package io.github.pomeriumlint.troubleshoot;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the route Pomerium sends a URL to, as its Envoy configuration does
 * ({@code config/envoyconfig/routes.go}): the routes whose {@code from} names the URL's host form
 * one virtual host (routes with a {@code *} in the host only answer when no route names the host
 * exactly); within it, routes are tried in Pomerium's sort order (from, then path, regex priority,
 * regex, prefix, each descending) and the first whose path rule matches wins. A route's path rule
 * is its {@code regex} (RE2, whole path), else its exact {@code path}, else its {@code prefix},
 * else every path; TCP and UDP routes answer only tunnels to the same host and port.
 */
public final class RouteMatcher {
  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$");

  private static final int MAX_HOST_TYPOS = 2;

  private RouteMatcher() {}

  /**
   * Where the URL goes, and the routes a typo would have meant when it goes nowhere.
   *
   * @param anyPort Pomerium's runtime flag {@code match_any_incoming_port} (on unless the config turns it off)
   */
  public static RouteMatch match(List<Route> routes, Target target, boolean anyPort) {
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      candidate(routes.get(i), i).ifPresent(all::add);
    }
    List<Candidate> sameFamily = all.stream().filter(c -> c.family == target.family()).toList();
    List<Candidate> virtualHost = sameFamily.stream().filter(c -> !c.wildcard && c.answers(target, anyPort)).toList();
    if (virtualHost.isEmpty()) {
      virtualHost = sameFamily.stream().filter(c -> c.wildcard && c.answers(target, anyPort)).toList();
    }
    List<RouteMatch.Hit> hits = new ArrayList<>();
    virtualHost.stream()
        .sorted(POMERIUM_ORDER)
        .forEach(c -> c.pathMatch(target).ifPresent(how -> hits.add(new RouteMatch.Hit(c.route, c.from, how))));
    if (!hits.isEmpty()) {
      return new RouteMatch(Optional.of(hits.get(0)), hits.subList(1, hits.size()), List.of());
    }
    return new RouteMatch(Optional.empty(), List.of(), nearby(all, virtualHost, target));
  }

  /** The same host with another path or kind; failing that, hosts one or two typos away. */
  private static List<RouteMatch.Near> nearby(List<Candidate> all, List<Candidate> virtualHost, Target target) {
    List<RouteMatch.Near> near = new ArrayList<>();
    for (Candidate c : virtualHost) {
      near.add(new RouteMatch.Near(c.route, c.from, c.pathRule() + " does not match " + target.path()));
    }
    for (Candidate c : all) {
      if (!virtualHost.contains(c) && c.host.equals(target.host())) {
        String why = c.family != target.family()
            ? "it is a " + c.family.name().toLowerCase(Locale.ROOT) + " route (from " + c.scheme + "://)"
            : "it answers " + String.join(" and ", c.domains()) + ", not " + target.authority();
        near.add(new RouteMatch.Near(c.route, c.from, why));
      }
    }
    if (near.isEmpty()) {
      for (Candidate c : all) {
        if (!c.wildcard && Suggest.distance(c.host, target.host()) <= MAX_HOST_TYPOS) {
          near.add(new RouteMatch.Near(c.route, c.from, "host " + c.host + " is close to " + target.host()));
        }
      }
    }
    return near;
  }

  /** {@code SortPolicies}: from ascending, then path, regex_priority_order, regex, prefix descending; ties keep file order. */
  private static final Comparator<Candidate> POMERIUM_ORDER =
      Comparator.<Candidate, String>comparing(c -> c.from)
          .thenComparing(c -> c.path, Comparator.reverseOrder())
          .thenComparing(c -> c.regexPriority, Comparator.reverseOrder())
          .thenComparing(c -> c.regex, Comparator.reverseOrder())
          .thenComparing(c -> c.prefix, Comparator.reverseOrder())
          .thenComparingInt(c -> c.index);

  private static Optional<Candidate> candidate(Route route, int index) {
    Optional<String> from = route.node().text("from");
    if (from.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = URL.matcher(from.get());
    if (!m.matches() || m.group(2).isEmpty()) {
      return Optional.empty();
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String authority = m.group(2).toLowerCase(Locale.ROOT);
    int colon = authority.lastIndexOf(':');
    String host = colon > 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority;
    String port = host.length() < authority.length() ? authority.substring(colon + 1) : "";
    return Optional.of(new Candidate(route, index, from.get(), scheme, host, port));
  }

  /** A route with its match data read once. */
  private static final class Candidate {
    final Route route;
    final int index;
    final String from;
    final String scheme;
    final String host;
    final String port;
    final boolean wildcard;
    final Target.Family family;
    final String path;
    final String regex;
    final String prefix;
    final long regexPriority;

    Candidate(Route route, int index, String from, String scheme, String host, String port) {
      this.route = route;
      this.index = index;
      this.from = from;
      this.scheme = scheme;
      this.host = host;
      this.port = port;
      this.wildcard = host.contains("*");
      this.family = Target.Family.of(scheme);
      this.path = route.node().text("path").orElse("");
      this.regex = route.node().text("regex").orElse("");
      this.prefix = route.node().text("prefix").orElse("");
      this.regexPriority = route.node().text("regex_priority_order").flatMap(RouteMatcher::parseLong).orElse(Long.MIN_VALUE);
    }

    /**
     * The {@code :authority} values the route's virtual host lists ({@code urlutil.GetDomainsForURL}):
     * a non-default port names one domain, otherwise the host with and without its default port.
     */
    List<String> domains() {
      if (family != Target.Family.HTTP) {
        return List.of(port.isEmpty() ? host : host + ":" + port);
      }
      String defaultPort = scheme.equals("http") ? "80" : "443";
      return !port.isEmpty() && !port.equals(defaultPort) ? List.of(host + ":" + port) : List.of(host, host + ":" + defaultPort);
    }

    /** With {@code anyPort} (runtime flag match_any_incoming_port), a route on a default port answers its host on every port. */
    boolean answers(Target target, boolean anyPort) {
      if (family == Target.Family.SSH) {
        return hostMatches(target.host());
      }
      List<String> domains = domains();
      String authority = anyPort && family == Target.Family.HTTP && domains.size() == 2 ? target.host() : target.authority();
      for (String domain : domains) {
        if (wildcard ? wildcardPattern(domain).matches(authority) : domain.equals(authority)) {
          return true;
        }
      }
      return false;
    }

    private boolean hostMatches(String other) {
      return wildcard ? wildcardPattern(host).matches(other) : host.equals(other);
    }

    /** How the route's path rule accepts the path, if it does. */
    Optional<String> pathMatch(Target target) {
      if (family != Target.Family.HTTP) {
        return Optional.of(family == Target.Family.SSH ? "ssh route for " + host : "tunnel to " + target.authority());
      }
      String p = target.path();
      if (!regex.isEmpty()) {
        try {
          return Pattern.compile(regex).matches(p) ? Optional.of("regex '" + regex + "' matches " + p) : Optional.empty();
        } catch (PatternSyntaxException e) {
          return Optional.empty();
        }
      }
      if (!path.isEmpty()) {
        return path.equals(p) ? Optional.of("path '" + path + "' equals " + p) : Optional.empty();
      }
      if (!prefix.isEmpty()) {
        return p.startsWith(prefix) ? Optional.of("prefix '" + prefix + "' matches " + p) : Optional.empty();
      }
      return Optional.of("no path rule: every path of " + host);
    }

    String pathRule() {
      if (!regex.isEmpty()) {
        return "regex '" + regex + "'";
      }
      return !path.isEmpty() ? "path '" + path + "'" : "prefix '" + prefix + "'";
    }
  }

  /** Pomerium's {@code WildcardToRegex}: {@code *} stands for any run of characters. */
  private static Pattern wildcardPattern(String domain) {
    StringBuilder re = new StringBuilder();
    String[] parts = domain.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      re.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString());
  }

  private static Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
