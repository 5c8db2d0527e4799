package io.github.pomeriumlint.online;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Microsoft cloud: the identity hosts that may receive credentials and the Graph hosts that
 * may receive its tokens (tokens of one cloud are useless in another).
 */
public enum Cloud {
  GLOBAL(Set.of("login.microsoftonline.com"), "graph.microsoft.com", Set.of("graph.microsoft.com")),
  US_GOVERNMENT(
      Set.of("login.microsoftonline.us"), "graph.microsoft.us", Set.of("graph.microsoft.us", "dod-graph.microsoft.us")),
  CHINA(
      Set.of("login.partner.microsoftonline.cn", "login.chinacloudapi.cn"),
      "microsoftgraph.chinacloudapi.cn",
      Set.of("microsoftgraph.chinacloudapi.cn"));

  private final Set<String> loginHosts;
  private final String graphHost;
  private final Set<String> graphHosts;

  Cloud(Set<String> loginHosts, String graphHost, Set<String> graphHosts) {
    this.loginHosts = loginHosts;
    this.graphHost = graphHost;
    this.graphHosts = graphHosts;
  }

  /** The cloud whose identity host {@code host} is. */
  public static Optional<Cloud> ofLoginHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (Cloud c : values()) {
      if (c.loginHosts.contains(h)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public boolean isGraphHost(String host) {
    return graphHosts.contains(host.toLowerCase(Locale.ROOT));
  }

  /** The default Graph base URL, e.g. {@code https://graph.microsoft.com}. */
  public String graphBaseUrl() {
    return "https://" + graphHost;
  }
}
