package io.github.pomeriumlint.pomerium;

import java.util.List;
import java.util.Optional;

/**
 * The databroker storage backends per release: redis went in 0.25 (commit bcddbff6e), file came
 * in 0.31. Compared exactly (options_databroker.go).
 */
public final class StorageTypes {
  /** One backend and the releases that have it ({@code null}: no bound known). */
  public record Backend(String name, PomeriumVersion since, PomeriumVersion removedIn) {
    public boolean existsIn(PomeriumVersion version) {
      return (since == null || version.compareTo(since) >= 0) && (removedIn == null || version.compareTo(removedIn) < 0);
    }
  }

  public static final List<Backend> ALL =
      List.of(
          new Backend("memory", null, null),
          new Backend("postgres", null, null),
          new Backend("redis", null, PomeriumVersion.of("0.25")),
          new Backend("file", PomeriumVersion.of("0.31"), null));

  private StorageTypes() {}

  public static Optional<Backend> find(String name) {
    return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  public static List<String> namesIn(PomeriumVersion version) {
    return ALL.stream().filter(b -> b.existsIn(version)).map(Backend::name).toList();
  }
}
