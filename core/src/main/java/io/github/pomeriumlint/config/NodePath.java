package io.github.pomeriumlint.config;

/**
 * Where a node sits in its document ({@link Node#path()}), spelled out only when asked: a reader
 * gives every node one, and most are never reported, so building each path's text was wasted.
 */
final class NodePath {
  static final NodePath ROOT = new NodePath("");

  private final NodePath parent;
  private final String key;
  private final int index;
  private String text;

  private NodePath(String text) {
    this.parent = null;
    this.key = null;
    this.index = -1;
    this.text = text;
  }

  private NodePath(NodePath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  static NodePath of(String text) {
    return new NodePath(text);
  }

  /** The path of a child under key {@code key} (as written). */
  NodePath child(String key) {
    return new NodePath(this, key, -1);
  }

  /** The path of the item at {@code index}. */
  NodePath item(int index) {
    return new NodePath(this, null, index);
  }

  String text() {
    String t = text;
    if (t == null) {
      t = key != null ? Node.childPath(parent.text(), key) : Node.itemPath(parent.text(), index);
      text = t; // a race only computes the same string twice
    }
    return t;
  }
}
