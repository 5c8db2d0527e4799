package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.pomerium.values.IpRange;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A request as Pomerium's router sees it: the kind of listener it reaches, the {@code :authority}
 * (host, and the port only when the URL names one), the path without its query, and the method.
 *
 * @param scheme lower case: {@code https}, {@code http}, {@code tcp+https}, {@code udp+https}, {@code ssh}...
 * @param host lower case, as Envoy compares domains
 * @param port the explicit port, or -1
 * @param path the path, {@code /} when the URL has none
 * @param method upper case, as the http_method criterion compares it
 * @param sourceIp the client's address (4 or 16 bytes), when known
 */
public record Target(String scheme, String host, int port, String path, String method, Optional<byte[]> sourceIp) {

  /** Parses a URL into a GET request; empty when it has no scheme or no host. */
  public static Optional<Target> parse(String url) {
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return Optional.of(new Target(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), path, "GET", Optional.empty()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The same request with another HTTP method. */
  public Target withMethod(String method) {
    return new Target(scheme, host, port, path, method.trim().toUpperCase(Locale.ROOT), sourceIp);
  }

  /**
   * The same request from the client address {@code ip}.
   *
   * @throws IllegalArgumentException when {@code ip} is not an IP address
   */
  public Target withSourceIp(String ip) {
    byte[] address = IpRange.address(ip.trim());
    if (address == null) {
      throw new IllegalArgumentException("'" + ip + "' is not an IP address");
    }
    return new Target(scheme, host, port, path, method, Optional.of(address));
  }

  /** The {@code :authority} a client sends: {@code host} or {@code host:port}. */
  public String authority() {
    return port < 0 ? host : host + ":" + port;
  }

  /** The routes the URL can reach: TCP and UDP tunnels, SSH, or HTTP. */
  public Family family() {
    return Family.of(scheme);
  }

  /** How a route is reached: each family has its own matching. */
  public enum Family {
    HTTP,
    TCP,
    UDP,
    SSH;

    static Family of(String scheme) {
      if (scheme.startsWith("tcp+")) {
        return TCP;
      }
      if (scheme.startsWith("udp+")) {
        return UDP;
      }
      return scheme.equals("ssh") ? SSH : HTTP;
    }
  }
}
