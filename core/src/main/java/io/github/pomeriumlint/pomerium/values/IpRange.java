package io.github.pomeriumlint.pomerium.values;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An address range as the source_ip criterion reads it: a CIDR range ({@code net.ParseCIDR}) or a
 * single address ({@code net.ParseIP}), which stands for itself alone. Literals only: nothing here
 * resolves a name.
 */
public final class IpRange {
  private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final byte[] network;
  private final int prefixLength;

  private IpRange(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /** A CIDR range or a single address; the error says what Pomerium expected otherwise. */
  public static Parsed<IpRange> parse(String text) {
    int slash = text.indexOf('/');
    byte[] address = address(slash < 0 ? text : text.substring(0, slash));
    if (address == null) {
      return Parsed.fail("expected IP or CIDR range, got: \"" + text + "\"");
    }
    int bits = address.length * 8;
    if (slash < 0) {
      return Parsed.ok(new IpRange(address, bits));
    }
    // Go reads the prefix length as decimal digits, leading zeros allowed
    String prefix = text.substring(slash + 1).replaceFirst("^0+(?=\\d)", "");
    if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
      return Parsed.fail("expected IP or CIDR range, got: \"" + text + "\"");
    }
    return Parsed.ok(new IpRange(address, Integer.parseInt(prefix)));
  }

  /** The address a literal names, 4 or 16 bytes; null when it is not an IP literal. */
  public static byte[] address(String text) {
    if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address as people write it. */
  public static String text(byte[] address) {
    try {
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not 4 or 16 bytes", e);
    }
  }

  /** Whether {@code address} (4 or 16 bytes) is in this range; v4 and v6 never mix. */
  public boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefixLength; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }
}
