package io.github.pomeriumlint.pomerium;

import java.util.Locale;
import java.util.Optional;

/**
 * A URL split the way Go's {@code net/url.Parse} splits it, which is how Pomerium reads every URL
 * in its config. Only what the checks need: Go takes {@code localhost:8080} as scheme
 * {@code localhost} with no host, and {@code pomerium.io} as a bare path.
 *
 * @param scheme lower case, empty when there is none
 * @param host without port or user info, empty when there is none
 * @param port the digits after the host's colon, or empty
 * @param path the path, empty when there is none
 */
public record GoUrl(String scheme, String host, String port, String path) {

  /** The outcome of parsing: the URL, or why Go refuses it. */
  public record Parsed(Optional<GoUrl> url, String error) {
    static Parsed ok(GoUrl url) {
      return new Parsed(Optional.of(url), null);
    }

    static Parsed failed(String error) {
      return new Parsed(Optional.empty(), error);
    }
  }

  public static Parsed parse(String raw) {
    for (char c : raw.toCharArray()) {
      if (c < 0x20 || c == 0x7f) {
        return Parsed.failed("it contains a control character");
      }
    }
    String rest = raw;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    String scheme = "";
    int colon = schemeEnd(rest);
    if (colon == 0) {
      return Parsed.failed("it is missing a protocol scheme");
    }
    if (colon > 0) {
      scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
      rest = rest.substring(colon + 1);
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (!scheme.isEmpty() && !rest.startsWith("/")) {
      return Parsed.ok(new GoUrl(scheme, "", "", "")); // opaque: "localhost:8080"
    }
    if (scheme.isEmpty()) {
      int slash = rest.indexOf('/');
      String first = slash < 0 ? rest : rest.substring(0, slash);
      if (first.contains(":") && !rest.startsWith("//")) {
        return Parsed.failed("its first path segment contains a colon");
      }
    }
    if (!rest.startsWith("//")) {
      return Parsed.ok(new GoUrl(scheme, "", "", rest));
    }
    rest = rest.substring(2);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    int at = authority.lastIndexOf('@');
    String hostPort = at < 0 ? authority : authority.substring(at + 1);
    Optional<String[]> hp = splitHostPort(hostPort);
    return hp.isEmpty()
        ? Parsed.failed("its port is not a number")
        : Parsed.ok(new GoUrl(scheme, hp.get()[0], hp.get()[1], path));
  }

  /** The index of the colon that ends a scheme, -1 when there is no scheme, 0 when it is empty. */
  private static int schemeEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean later = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
      if (!letter && !(i > 0 && later)) {
        return -1;
      }
    }
    return -1;
  }

  private static Optional<String[]> splitHostPort(String hostPort) {
    String host = hostPort;
    String port = "";
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
      host = hostPort.substring(0, colon);
      port = hostPort.substring(colon + 1);
      if (!port.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
    }
    return Optional.of(new String[] {host, port});
  }
}
