package io.github.pomeriumlint.troubleshoot;

import java.util.Locale;

/** What Pomerium does with the request. */
public enum Decision {
  ALLOW,
  DENY,
  NO_ROUTE;

  /** {@code allow}, {@code deny}, {@code no-route}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
