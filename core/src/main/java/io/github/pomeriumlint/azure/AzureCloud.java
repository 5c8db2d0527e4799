package io.github.pomeriumlint.azure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Microsoft clouds with their own sign-in authority and Graph host. A token from one cloud is
 * useless in another, so the Graph host follows from the authority of the provider URL.
 */
public enum AzureCloud {
  GLOBAL(
      "login.microsoftonline.com",
      Set.of("login.windows.net", "login.microsoft.com", "sts.windows.net"),
      "graph.microsoft.com"),
  US_GOVERNMENT("login.microsoftonline.us", Set.of("login.usgovcloudapi.net"), "graph.microsoft.us"),
  // The China cloud serves discovery on both hosts, but its issuer is on the partner host.
  CHINA("login.partner.microsoftonline.cn", Set.of("login.chinacloudapi.cn"), "microsoftgraph.chinacloudapi.cn");

  private static final Set<String> IDENTITY_HOSTS =
      Set.of(
          "login.microsoftonline.com",
          "login.microsoftonline.us",
          "login.chinacloudapi.cn",
          "login.partner.microsoftonline.cn");

  private final String authorityHost;
  private final Set<String> aliases;
  private final String graphHost;

  AzureCloud(String authorityHost, Set<String> aliases, String graphHost) {
    this.authorityHost = authorityHost;
    this.aliases = aliases;
    this.graphHost = graphHost;
  }

  /** The host of the issuer in this cloud's v2.0 discovery documents. */
  public String authorityHost() {
    return authorityHost;
  }

  /** The Microsoft Graph host of this cloud. */
  public String graphHost() {
    return graphHost;
  }

  /** The cloud whose authority host or alias is {@code host} (case-insensitive). */
  public static Optional<AzureCloud> ofHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.authorityHost.equals(h) || c.aliases.contains(h)).findFirst();
  }

  /** Whether credentials may be sent to {@code host}: the identity hosts the contract names. */
  public static boolean isIdentityHost(String host) {
    return IDENTITY_HOSTS.contains(host.toLowerCase(Locale.ROOT));
  }
}
