package io.github.pomeriumlint.pomerium;

import java.util.List;
import java.util.Optional;

/**
 * A config key and its history.
 *
 * @param name the key as Pomerium spells it (lower case)
 * @param type what it decodes to
 * @param since the first release that reads it, or {@code null} when older than every release we track
 * @param removedIn the first release that no longer reads it, or {@code null}
 * @param fatalWhenRemoved whether Pomerium refuses to start when it finds the key after removal
 *     (its {@code removedConfigFields}), rather than only logging an unknown key
 * @param help what replaced the key or where its removal is explained, or {@code null}
 * @param children the keys of a nested struct ({@link ValueType#OBJECT}), empty otherwise
 */
public record KeyDef(
    String name,
    ValueType type,
    PomeriumVersion since,
    PomeriumVersion removedIn,
    boolean fatalWhenRemoved,
    String help,
    List<KeyDef> children) {

  public KeyDef {
    children = List.copyOf(children);
  }

  /** Whether the release reads this key. */
  public boolean existsIn(PomeriumVersion version) {
    return (since == null || version.compareTo(since) >= 0)
        && (removedIn == null || version.compareTo(removedIn) < 0);
  }

  /** Whether the key was there before and is gone in this release. */
  public boolean removedBy(PomeriumVersion version) {
    return removedIn != null && version.compareTo(removedIn) >= 0;
  }

  public Optional<KeyDef> child(String key) {
    return children.stream().filter(c -> c.name.equals(key)).findFirst();
  }

  /** The environment variable Pomerium binds to this top-level key. */
  public String envName() {
    return name.toUpperCase(java.util.Locale.ROOT);
  }
}
