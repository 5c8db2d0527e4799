package io.github.pomeriumlint.online;

import io.github.pomeriumlint.azure.AzureCloud;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * The one place that decides which host may receive a credential or a token (CONTRACT section 6).
 * Credentials go only over HTTPS to Microsoft identity hosts, tokens only to the Graph hosts of
 * the same cloud, or either to a host trusted on the command line; plain HTTP only to a trusted
 * loopback host. The linted config can never widen this: trusted hosts come from
 * {@code --trust-host} alone.
 */
public final class TrustPolicy {
  private final Set<String> trusted;

  /** @param trustedHosts {@code host} or {@code host:port} entries given on the command line */
  public TrustPolicy(Set<String> trustedHosts) {
    this.trusted = trustedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Refuses {@code url} unless it may receive client credentials. */
  public void checkIdentityHost(HttpUrl url) throws OnlineFault {
    if (isTrusted(url)) {
      return;
    }
    if (!url.isHttps() || !AzureCloud.isIdentityHost(url.host()) || url.port() != 443) {
      throw OnlineFault.untrusted(url, "is not a Microsoft identity host over HTTPS");
    }
  }

  /** Refuses {@code url} unless it may receive a token issued by {@code cloud} (empty: a trusted test authority). */
  public void checkGraphHost(HttpUrl url, Optional<AzureCloud> cloud) throws OnlineFault {
    if (isTrusted(url)) {
      return;
    }
    if (!url.isHttps() || url.port() != 443 || cloud.isEmpty() || !graphHosts(cloud.get()).contains(host(url))) {
      throw OnlineFault.untrusted(url, "is not a Microsoft Graph host of the provider's cloud over HTTPS");
    }
  }

  /**
   * Refuses {@code url} unless it may be asked something that carries no secret (discovery): a
   * Microsoft sign-in host or alias, a Graph host, or a trusted one.
   */
  public void checkPublicHost(HttpUrl url) throws OnlineFault {
    if (isTrusted(url)) {
      return;
    }
    boolean microsoft =
        AzureCloud.ofHost(url.host()).isPresent()
            || AzureCloud.isIdentityHost(url.host())
            || Arrays.stream(AzureCloud.values()).anyMatch(c -> graphHosts(c).contains(host(url)));
    if (!url.isHttps() || url.port() != 443 || !microsoft) {
      throw OnlineFault.untrusted(url, "is not a Microsoft identity or Graph host over HTTPS");
    }
  }

  /** The Graph hosts that may receive a token of {@code cloud}: US Government has a second one for DoD. */
  static Set<String> graphHosts(AzureCloud cloud) {
    return cloud == AzureCloud.US_GOVERNMENT
        ? Set.of(cloud.graphHost(), "dod-graph.microsoft.us")
        : Set.of(cloud.graphHost());
  }

  private static String host(HttpUrl url) {
    return url.host().toLowerCase(Locale.ROOT);
  }

  /** Trusted on the command line; plain HTTP additionally requires a loopback address. */
  private boolean isTrusted(HttpUrl url) {
    String host = url.host().toLowerCase(Locale.ROOT);
    boolean listed = trusted.contains(host) || trusted.contains(host + ":" + url.port())
        || trusted.contains("[" + host + "]:" + url.port());
    if (!listed) {
      return false;
    }
    return url.isHttps() || isLoopback(host);
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    // Literal addresses only: no name resolution, so a DNS answer cannot make a host "loopback".
    if (!host.matches("[0-9.]+|[0-9a-f:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
