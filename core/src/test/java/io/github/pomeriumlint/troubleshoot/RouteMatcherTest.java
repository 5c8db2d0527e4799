package io.github.pomeriumlint.troubleshoot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.rules.Route;
import org.junit.jupiter.api.Test;

class RouteMatcherTest {

  private static RouteMatch match(String url, String routes) throws Exception {
    return match(url, routes, true);
  }

  private static RouteMatch match(String url, String routes, boolean anyPort) throws Exception {
    var config = Troubleshooter.load(SourceFile.of("c.yaml", "routes:\n" + routes), LintOptions.defaults());
    return RouteMatcher.match(Route.all(config), Target.parse(url).orElseThrow(), anyPort);
  }

  private static String chosen(String url, String routes) throws Exception {
    return match(url, routes).chosen().map(h -> h.route().node().path()).orElse("none");
  }

  @Test
  void theDefaultPortMayBeWrittenOrNot() throws Exception {
    String routes = "  - {from: 'https://app.example.com:443', to: http://a}\n";
    assertThat(chosen("https://app.example.com/", routes)).isEqualTo("routes[0]");
    assertThat(chosen("https://app.example.com:443/", routes)).isEqualTo("routes[0]");
    assertThat(chosen("https://App.Example.com/", routes)).as("hosts ignore case").isEqualTo("routes[0]");
  }

  @Test
  void anotherPortReachesTheRouteOnlyWhileMatchAnyIncomingPortIsOn() throws Exception {
    String routes = "  - {from: https://app.example.com, to: http://a}\n";
    assertThat(match("https://app.example.com:8443/", routes, true).chosen()).isPresent();
    assertThat(match("https://app.example.com:8443/", routes, false).chosen()).isEmpty();
    String onPort = "  - {from: 'https://app.example.com:8443', to: http://a}\n";
    assertThat(match("https://app.example.com:8443/", onPort, false).chosen()).isPresent();
    assertThat(match("https://app.example.com/", onPort, true).chosen()).as("a route on another port keeps its port").isEmpty();
  }

  @Test
  void pathBeatsRegexBeatsPrefixWhateverTheFileOrder() throws Exception {
    String routes = """
          - {from: https://a.example.com, prefix: /api, to: http://p}
          - {from: https://a.example.com, regex: '^/api/.*$', to: http://r}
          - {from: https://a.example.com, path: /api/health, to: http://x}
        """;
    assertThat(chosen("https://a.example.com/api/health", routes)).isEqualTo("routes[2]");
    assertThat(chosen("https://a.example.com/api/users", routes)).isEqualTo("routes[1]");
    assertThat(chosen("https://a.example.com/api", routes)).as("the regex needs a slash after /api").isEqualTo("routes[0]");
    assertThat(match("https://a.example.com/api/users", routes).shadowed()).extracting(h -> h.route().node().path()).containsExactly("routes[0]");
  }

  @Test
  void longerPrefixesComeFirstAndRegexPriorityOrdersRegexes() throws Exception {
    assertThat(chosen("https://a.example.com/app/admin", """
          - {from: https://a.example.com, prefix: /app, to: http://p}
          - {from: https://a.example.com, prefix: /app/admin, to: http://q}
        """)).isEqualTo("routes[1]");
    assertThat(chosen("https://a.example.com/x", """
          - {from: https://a.example.com, regex: '^/x$', to: http://p}
          - {from: https://a.example.com, regex: '^/.*$', regex_priority_order: 10, to: http://q}
        """)).isEqualTo("routes[1]");
  }

  @Test
  void regexMatchesTheWholePathWithoutTheQueryAndABrokenRegexMatchesNothing() throws Exception {
    assertThat(chosen("https://a.example.com/v1/items?x=1", "  - {from: https://a.example.com, regex: '/v1/.*', to: http://p}\n")).isEqualTo("routes[0]");
    assertThat(chosen("https://a.example.com/x/v1/items", "  - {from: https://a.example.com, regex: '/v1/.*', to: http://p}\n")).isEqualTo("none");
    assertThat(chosen("https://a.example.com/v1", "  - {from: https://a.example.com, regex: '/v1/(', to: http://p}\n")).isEqualTo("none");
  }

  @Test
  void anExactHostHidesWildcardRoutesEvenWhenItsPathsDoNotMatch() throws Exception {
    String routes = """
          - {from: 'https://*.example.com', to: http://w}
          - {from: https://a.example.com, prefix: /only, to: http://a}
        """;
    assertThat(chosen("https://b.example.com/x", routes)).isEqualTo("routes[0]");
    assertThat(chosen("https://a.example.com/only/1", routes)).isEqualTo("routes[1]");
    RouteMatch hidden = match("https://a.example.com/other", routes);
    assertThat(hidden.chosen()).isEmpty();
    assertThat(hidden.nearby()).extracting(RouteMatch.Near::whyNot).containsExactly("prefix '/only' does not match /other");
  }

  @Test
  void tunnelsAndSshReachOnlyTheirOwnKindOfRoute() throws Exception {
    String routes = """
          - {from: 'tcp+https://db.example.com:5432', to: 'tcp://db:5432'}
          - {from: 'ssh://host.example.com', to: 'ssh://host:22'}
          - {from: https://db.example.com, to: http://web}
        """;
    assertThat(chosen("tcp+https://db.example.com:5432", routes)).isEqualTo("routes[0]");
    assertThat(chosen("tcp+https://db.example.com:5433", routes)).isEqualTo("none");
    assertThat(match("https://db.example.com:5432/", routes, false).chosen()).as("not the tunnel").isEmpty();
    assertThat(chosen("https://db.example.com/", routes)).isEqualTo("routes[2]");
    assertThat(chosen("ssh://host.example.com", routes)).isEqualTo("routes[1]");
  }

  @Test
  void anUnknownHostSuggestsHostsOneTypoAwayOnly() throws Exception {
    RouteMatch m = match("https://grafna.example.com/", """
          - {from: https://grafana.example.com, to: http://g}
          - {from: https://wiki.example.com, to: http://w}
        """);
    assertThat(m.nearby()).extracting(RouteMatch.Near::from).containsExactly("https://grafana.example.com");
  }
}
