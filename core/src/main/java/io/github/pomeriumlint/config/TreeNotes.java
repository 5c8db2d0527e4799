package io.github.pomeriumlint.config;

import io.github.pomeriumlint.pomerium.SecretKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader notes about a document while it builds the tree, when the nodes are fresh in
 * memory, so that no one walks the whole tree again for it: the mappings that repeat a key, the
 * values of secret options, and whether any key is not a string.
 */
public final class TreeNotes {
  /** Up to this many entries, comparing each pair of names is cheaper than hashing them. */
  private static final int PAIRWISE = 8;

  private final List<MapNode> repeating = new ArrayList<>();
  private final List<Node> secrets = new ArrayList<>();
  private boolean nonStringKey;

  TreeNotes() {}

  static TreeNotes none() {
    return new TreeNotes();
  }

  /** Every mapping in which two keys have the same name (as Pomerium matches keys), in no particular order. */
  public List<MapNode> mappingsWithRepeatedKeys() {
    return Collections.unmodifiableList(repeating);
  }

  /**
   * The value of every entry whose key names a secret ({@link SecretKeys}), in document order,
   * except those inside the value of another secret.
   */
  public List<Node> secretValues() {
    return Collections.unmodifiableList(secrets);
  }

  /** Whether every mapping key of the document is a string (not a null, number or bool). */
  public boolean keysAreStrings() {
    return !nonStringKey;
  }

  /** To call before building an entry's value, for {@link #entry}. */
  int mark() {
    return secrets.size();
  }

  /**
   * Notes an entry once its value is built.
   *
   * @param mark what {@link #mark} said before the value was built: secrets noted since then lie
   *     inside the value, and give way to it when the entry itself is a secret
   */
  void entry(MapNode.Entry entry, int mark) {
    if (entry.key().kind() != ScalarNode.Kind.STRING) {
      nonStringKey = true;
    }
    if (SecretKeys.isSecret(entry.name())) {
      secrets.subList(mark, secrets.size()).clear();
      secrets.add(entry.value());
    }
  }

  /** Notes a mapping once it is built. */
  void mapping(MapNode map) {
    if (repeatsKey(map.entries())) {
      repeating.add(map);
    }
  }

  private static boolean repeatsKey(List<MapNode.Entry> entries) {
    int n = entries.size();
    if (n <= PAIRWISE) {
      for (int i = 1; i < n; i++) {
        String name = entries.get(i).name();
        for (int j = 0; j < i; j++) {
          if (entries.get(j).name().equals(name)) {
            return true;
          }
        }
      }
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (MapNode.Entry e : entries) {
      if (!seen.add(e.name())) {
        return true;
      }
    }
    return false;
  }
}
