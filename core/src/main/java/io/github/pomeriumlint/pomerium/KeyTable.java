package io.github.pomeriumlint.pomerium;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the key tables of {@link TopLevelKeys} and {@link RouteKeys} so they read like the fact sheet. */
final class KeyTable {
  private KeyTable() {}

  static Builder key(String name, ValueType type) {
    return new Builder(name, type, List.of());
  }

  static Builder object(String name, Builder... children) {
    return new Builder(name, ValueType.OBJECT, build(children));
  }

  /** A list of objects whose items have {@code children} as keys. */
  static Builder items(String name, Builder... children) {
    return new Builder(name, ValueType.OBJECT_LIST, build(children));
  }

  /** The keys by name, in table order. */
  static Map<String, KeyDef> index(List<Builder> builders) {
    Map<String, KeyDef> map = new LinkedHashMap<>();
    for (Builder b : builders) {
      KeyDef def = b.build();
      map.put(def.name(), def);
    }
    return map;
  }

  private static List<KeyDef> build(Builder... children) {
    return Arrays.stream(children).map(Builder::build).toList();
  }

  static final class Builder {
    private final String name;
    private final ValueType type;
    private final List<KeyDef> children;
    private PomeriumVersion since;
    private PomeriumVersion removedIn;
    private boolean fatal;
    private String help;

    private Builder(String name, ValueType type, List<KeyDef> children) {
      this.name = name;
      this.type = type;
      this.children = children;
    }

    Builder since(String release) {
      this.since = PomeriumVersion.of(release);
      return this;
    }

    Builder removedIn(String release, String why) {
      this.removedIn = PomeriumVersion.of(release);
      this.help = why;
      return this;
    }

    Builder removedFatal(String release, String helpUrl) {
      removedIn(release, helpUrl);
      this.fatal = true;
      return this;
    }

    KeyDef build() {
      return new KeyDef(name, type, since, removedIn, fatal, help, children);
    }
  }
}
