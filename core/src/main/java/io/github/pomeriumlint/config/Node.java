package io.github.pomeriumlint.config;

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
