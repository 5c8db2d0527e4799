package io.github.pomeriumlint.pomerium.values;

import java.util.Locale;

/**
 * Pomerium's {@code urlutil.ParseAndValidateURL}: Go's {@code url.Parse}, then a scheme, then a
 * host (which only {@code unix} and {@code https+unix} URLs may leave out).
 *
 * @param scheme lower case
 * @param host the host with any port, as written
 */
public record GoUrl(String scheme, String host, String path) {

  /** Characters Go accepts in a host besides letters, digits and non-ASCII. */
  private static final String HOST_PUNCTUATION = "-._~!$&'()*+,;=:[]<>\"%";

  public static Parsed<GoUrl> parse(String raw) {
    if (raw.isEmpty()) {
      return Parsed.fail("is empty");
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Parsed.fail("contains a control character");
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
      return Parsed.fail("is missing a scheme before ':'");
    }
    if (colon > 0) {
      scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
      rest = rest.substring(colon + 1);
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    String host = "";
    String path = rest;
    if (rest.startsWith("//")) {
      String authority = rest.substring(2);
      int slash = authority.indexOf('/');
      path = slash < 0 ? "" : authority.substring(slash);
      authority = slash < 0 ? authority : authority.substring(0, slash);
      host = authority.substring(authority.lastIndexOf('@') + 1);
      String hostError = hostError(host);
      if (hostError != null) {
        return Parsed.fail(hostError);
      }
    } else if (scheme.isEmpty()) {
      int firstSlash = rest.indexOf('/');
      String segment = firstSlash < 0 ? rest : rest.substring(0, firstSlash);
      if (segment.contains(":")) {
        return Parsed.fail("has no scheme (have you specified the protocol, e.g. https://?)");
      }
    }
    if (scheme.isEmpty()) {
      return Parsed.fail("has no scheme, e.g. https://");
    }
    if (host.isEmpty() && !scheme.equals("unix") && !scheme.equals("https+unix")) {
      return Parsed.fail("has no host name");
    }
    return Parsed.ok(new GoUrl(scheme, host, path));
  }

  /** The index of the ':' ending a scheme, 0 for a ':' with nothing before it, or -1 for no scheme. */
  private static int schemeEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isAsciiLetter(c)) {
        continue;
      }
      if (isAsciiDigit(c) || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return -1;
        }
        continue;
      }
      return c == ':' ? i : -1;
    }
    return -1;
  }

  private static String hostError(String host) {
    String name = host;
    String port = "";
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      if (close < 0) {
        return "has a '[' without ']' in its host";
      }
      port = host.substring(close + 1);
      if (!port.isEmpty() && !port.startsWith(":")) {
        return "has an invalid port";
      }
      name = host.substring(1, close);
    } else {
      int colon = host.lastIndexOf(':');
      if (colon >= 0) {
        port = host.substring(colon);
        name = host.substring(0, colon);
      }
    }
    if (!port.isEmpty() && !port.substring(1).chars().allMatch(GoUrl::isAsciiDigit)) {
      return "has an invalid port";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80 && !isAsciiLetter(c) && !isAsciiDigit(c) && HOST_PUNCTUATION.indexOf(c) < 0) {
        return "has an invalid character in its host";
      }
    }
    return null;
  }

  /** The port written in the host, or -1. */
  public int port() {
    int colon = host.lastIndexOf(':');
    if (colon < 0 || colon < host.lastIndexOf(']') || colon == host.length() - 1) {
      return -1;
    }
    try {
      return Integer.parseInt(host.substring(colon + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The host name without port or IPv6 brackets. */
  public String hostName() {
    String h = host;
    if (h.startsWith("[")) {
      return h.substring(1, Math.max(1, h.indexOf(']')));
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
