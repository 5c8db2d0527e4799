package io.github.pomeriumlint.online;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    this.trusted = trustedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Refuses {@code url} unless it may receive client credentials. */
  public void checkIdentityHost(HttpUrl url) throws OnlineFault {
    if (isTrusted(url)) {
      return;
    }
    if (!url.isHttps() || Cloud.ofLoginHost(url.host()).isEmpty() || url.port() != 443) {
      throw OnlineFault.untrusted(url, "is not a Microsoft identity host over HTTPS");
    }
  }

  /** Refuses {@code url} unless it may receive a token issued by {@code cloud} (empty: a trusted test authority). */
  public void checkGraphHost(HttpUrl url, Optional<Cloud> cloud) throws OnlineFault {
    if (isTrusted(url)) {
      return;
    }
    if (!url.isHttps() || url.port() != 443 || cloud.isEmpty() || !cloud.get().isGraphHost(url.host())) {
      throw OnlineFault.untrusted(url, "is not a Microsoft Graph host of the provider's cloud over HTTPS");
    }
  }

  /** Whether {@code url} may be contacted at all: a Microsoft identity or Graph host, or a trusted one. */
  public void checkPublicHost(HttpUrl url) throws OnlineFault {
    if (isTrusted(url)) {
      return;
    }
    boolean microsoft =
        Cloud.ofLoginHost(url.host()).isPresent()
            || java.util.Arrays.stream(Cloud.values()).anyMatch(c -> c.isGraphHost(url.host()));
    if (!url.isHttps() || !microsoft) {
      throw OnlineFault.untrusted(url, "is not a Microsoft identity or Graph host over HTTPS");
    }
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
