package io.github.pomeriumlint.pomerium;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code services} option: a comma-separated list of service names, case-insensitive and
 * trimmed; {@code cache} is an old name of {@code databroker}; unset means {@code all}.
 */
public record Services(Set<String> names) {
  public static final Set<String> VALID = Set.of("all", "authenticate", "authorize", "proxy", "databroker", "cache");
  public static final Services ALL = new Services(Set.of("all"));

  /** The services of a value, or empty when a name in it is not a service. */
  public static Optional<Services> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(ALL);
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : value.split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      if (!VALID.contains(name)) {
        return Optional.empty();
      }
      names.add(name.equals("cache") ? "databroker" : name);
    }
    return Optional.of(new Services(Set.copyOf(names)));
  }

  public boolean allInOne() {
    return names.contains("all");
  }

  /** Whether this process runs {@code service} (all-in-one runs every service). */
  public boolean runs(String service) {
    return allInOne() || names.contains(service);
  }
}
