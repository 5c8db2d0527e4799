package io.github.pomeriumlint.pomerium.values;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * Go's {@code time.ParseDuration}, which Pomerium applies to every duration written as a string:
 * a sequence of decimal numbers with units ({@code 1h30m}, {@code 1.5s}, {@code -2ms}); the only
 * unitless value is {@code 0}. A YAML integer is not parsed at all: Go takes it as nanoseconds.
 */
public final class GoDuration {
  private static final Map<String, Long> UNIT_NANOS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L,
          "\u03bcs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDuration() {}

  public static Parsed<Duration> parse(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Parsed.ok(Duration.ZERO);
    }
    if (s.isEmpty()) {
      return Parsed.fail("is not a duration");
    }
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '.')) {
        i++;
      }
      String number = s.substring(start, i);
      if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
        return Parsed.fail("is not a duration");
      }
      int unitStart = i;
      while (i < s.length() && s.charAt(i) != '.' && !(Character.isDigit(s.charAt(i)) && s.charAt(i) < 128)) {
        i++;
      }
      String unit = s.substring(unitStart, i);
      if (unit.isEmpty()) {
        return Parsed.fail("has no unit");
      }
      Long nanos = UNIT_NANOS.get(unit);
      if (nanos == null) {
        return Parsed.fail("has an unknown unit '" + unit + "'");
      }
      total = total.add(new BigDecimal(number.endsWith(".") ? number + "0" : number).multiply(BigDecimal.valueOf(nanos)));
    }
    if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Parsed.fail("is too long for a Go duration");
    }
    long nanos = total.longValue();
    return Parsed.ok(Duration.ofNanos(negative ? -nanos : nanos));
  }
}
