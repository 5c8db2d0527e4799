package io.github.pomeriumlint.api;

import java.util.Locale;

/** How bad a finding is. Declared from most to least severe. */
public enum Severity {
  /** Pomerium refuses to start, or fails at sign-in, policy build or service start. */
  ERROR,
  /** Loads, but almost certainly not what was meant. */
  WARNING,
  /** Worth knowing. */
  INFO;

  /** The lower-case name used in every output format and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
  }
}
