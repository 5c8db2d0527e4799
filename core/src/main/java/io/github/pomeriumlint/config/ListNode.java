package io.github.pomeriumlint.config;

import java.util.List;

/** A sequence. */
public record ListNode(List<Node> items, Span span, String path) implements Node {

  public ListNode {
    items = List.copyOf(items);
  }

  public int size() {
    return items.size();
  }

  @Override
  public String describe() {
    return "a list";
  }
}
