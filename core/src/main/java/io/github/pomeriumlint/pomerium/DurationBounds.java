package io.github.pomeriumlint.pomerium;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Durations Pomerium bounds at load (options_dns.go): the least value it accepts and its message. */
public final class DurationBounds {
  /** @param inclusiveMinimum the smallest accepted value */
  public record Bound(Duration inclusiveMinimum, String loadFails) {}

  private static final Map<String, Bound> BOUNDS =
      Map.of(
          "dns_failure_refresh_rate", new Bound(Duration.ofMillis(1), "config: dns_failure_refresh_rate must be at least 1ms"),
          "dns_refresh_rate", new Bound(Duration.ofMillis(1), "config: dns_refresh_rate must be at least 1ms"),
          "dns_query_timeout", new Bound(Duration.ZERO, "config: dns_query_timeout must be positive"));

  private DurationBounds() {}

  public static Optional<Bound> of(String key) {
    return Optional.ofNullable(BOUNDS.get(key));
  }
}
