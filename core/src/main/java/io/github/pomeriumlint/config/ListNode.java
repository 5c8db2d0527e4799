package io.github.pomeriumlint.config;

import java.util.List;
import java.util.Objects;

/** A sequence. */
public final class ListNode implements Node {
  private final List<Node> items;
  private final Span span;
  private final NodePath path;

  public ListNode(List<Node> items, Span span, String path) {
    this(items, span, NodePath.of(path));
  }

  ListNode(List<Node> items, Span span, NodePath path) {
    this.items = List.copyOf(items);
    this.span = span;
    this.path = path;
  }

  public List<Node> items() {
    return items;
  }

  @Override
  public Span span() {
    return span;
  }

  @Override
  public String path() {
    return path.text();
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
    return o instanceof ListNode l && items.equals(l.items) && span.equals(l.span) && path().equals(l.path());
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, span, path());
  }

  @Override
  public String toString() {
    return "ListNode[items=" + items + ", span=" + span + ", path=" + path() + "]";
  }
}
