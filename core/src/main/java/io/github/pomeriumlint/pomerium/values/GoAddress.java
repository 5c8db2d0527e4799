package io.github.pomeriumlint.pomerium.values;

/**
 * A listen address the way Pomerium's {@code ValidateAddress} reads it: Go's
 * {@code net.SplitHostPort} ({@code host:port}, {@code :port}, {@code [v6]:port}), then a port
 * number between 1 and 65535.
 */
public record GoAddress(String host, int port) {

  public static Parsed<GoAddress> parse(String text) {
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
        return Parsed.fail("is not host:port");
      }
      host = text.substring(1, close);
      port = text.substring(close + 2);
    } else {
      int colon = text.lastIndexOf(':');
      if (colon < 0 || text.indexOf(':') != colon) {
        return Parsed.fail("is not host:port");
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
    }
    if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 9) {
      return Parsed.fail("has a port that is not a number");
    }
    int number = Integer.parseInt(port);
    if (number <= 0 || number > 65535) {
      return Parsed.fail("has a port outside 1-65535");
    }
    return Parsed.ok(new GoAddress(host, number));
  }
}
