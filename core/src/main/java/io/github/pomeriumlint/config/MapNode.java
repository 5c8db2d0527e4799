package io.github.pomeriumlint.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping whose entries keep their order and their key positions. Lookups ignore case, as
 * Pomerium's do ({@code IDP_PROVIDER: azure} sets {@code idp_provider}); when a key is written
 * twice, the last one wins, as in Pomerium, and a rule reports the repetition.
 */
public final class MapNode extends PlacedNode implements Node {
  private final List<Entry> entries;

  /**
   * One {@code key: value} pair. A class rather than a record so that it can keep its normalized
   * name: every lookup compares names, and rules look keys up many times per route.
   */
  public static final class Entry {
    private final ScalarNode key;
    private final Node value;
    private final String name;

    public Entry(ScalarNode key, Node value) {
      this(key, value, normalize(key.text()));
    }

    /** @param name the normalized key, which a reader may share between the entries that have it */
    Entry(ScalarNode key, Node value, String name) {
      this.key = key;
      this.value = value;
      this.name = name;
    }

    public ScalarNode key() {
      return key;
    }

    public Node value() {
      return value;
    }

    /** The key as Pomerium matches it. */
    public String name() {
      return name;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && key.equals(e.key) && value.equals(e.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, value);
    }

    @Override
    public String toString() {
      return "Entry[key=" + key + ", value=" + value + "]";
    }
  }

  public MapNode(List<Entry> entries, Span span, String path) {
    this(entries, span, NodePath.of(path));
  }

  MapNode(List<Entry> entries, Span span, NodePath path) {
    super(span, path);
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The canonical (lower-case) form of a key. */
  public static String normalize(String key) {
    // most keys, and every name rules look up, are lower-case ASCII already: spare them toLowerCase
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return key.toLowerCase(Locale.ROOT);
      }
    }
    return key;
  }

  /** The entry Pomerium would use for {@code key} (the last of any repetitions). */
  public Optional<Entry> entry(String key) {
    String wanted = normalize(key);
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).name().equals(wanted)) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  // get, scalar and text are on every rule's path, and plain code here spares each run the
  // start-up cost of linking lambdas (about 80 microseconds each, the first time)

  public Optional<Node> get(String key) {
    Optional<Entry> entry = entry(key);
    return entry.isPresent() ? Optional.of(entry.get().value()) : Optional.empty();
  }

  /** The value of {@code key} when it is a scalar that is set (not null, not blank). */
  public Optional<ScalarNode> scalar(String key) {
    Optional<Entry> entry = entry(key);
    return entry.isPresent() && entry.get().value() instanceof ScalarNode s && !s.isBlank() ? Optional.of(s) : Optional.empty();
  }

  /** The trimmed text of {@code key} when it is a scalar that is set. */
  public Optional<String> text(String key) {
    Optional<ScalarNode> scalar = scalar(key);
    return scalar.isPresent() ? Optional.of(scalar.get().text().trim()) : Optional.empty();
  }

  public boolean has(String key) {
    return entry(key).isPresent();
  }

  /** A copy in which {@code replacement} stands for every spelling of its key. */
  public MapNode with(Entry replacement) {
    List<Entry> copy = new ArrayList<>(entries.size() + 1);
    for (Entry e : entries) {
      if (!e.name().equals(replacement.name())) {
        copy.add(e);
      }
    }
    copy.add(replacement);
    return new MapNode(copy, span(), nodePath());
  }

  @Override
  public String describe() {
    return "a mapping";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapNode m && entries.equals(m.entries) && samePlace(m);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries, span(), path());
  }

  @Override
  public String toString() {
    return "MapNode[entries=" + entries + ", span=" + span() + ", path=" + path() + "]";
  }
}
