package io.github.pomeriumlint.config;

import java.util.List;
import java.util.Objects;

/** A sequence. */
public final class ListNode extends PlacedNode implements Node {
  private final List<Node> items;

  public ListNode(List<Node> items, Span span, String path) {
    this(items, span, NodePath.of(path));
  }

  ListNode(List<Node> items, Span span, NodePath path) {
    super(span, path);
    this.items = List.copyOf(items);
  }

  public List<Node> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  @Override
  public String describe() {
    return "a list";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListNode l && items.equals(l.items) && samePlace(l);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, span(), path());
  }

  @Override
  public String toString() {
    return "ListNode[items=" + items + ", span=" + span() + ", path=" + path() + "]";
  }
}
