package io.github.pomeriumlint.config;

import java.util.function.Consumer;

/**
 * A value in a config document that knows where it was written. Every node also knows its
 * {@link #path()} in the document, e.g. {@code routes[3].policy.allow.or[0]}.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

  Span span();

  /** Where this node sits in the document; empty for the root. */
  String path();

  /** A short word for messages: "a mapping", "a list", "a string", ... */
  String describe();

  /** Every scalar that is set at any depth of this value (a mapping's values, a list's items), in order. */
  default void forEachScalar(Consumer<ScalarNode> action) {
    if (this instanceof ScalarNode s && !s.isNull()) {
      action.accept(s);
    } else if (this instanceof ListNode l) {
      l.items().forEach(item -> item.forEachScalar(action));
    } else if (this instanceof MapNode m) {
      m.entries().forEach(e -> e.value().forEachScalar(action));
    }
  }

  default MapNode asMap() {
    return (MapNode) this;
  }

  default ListNode asList() {
    return (ListNode) this;
  }

  default ScalarNode asScalar() {
    return (ScalarNode) this;
  }

  /** The path of a child under key {@code key}. */
  static String childPath(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of the item at {@code index} of a list at {@code parent}. */
  static String itemPath(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
