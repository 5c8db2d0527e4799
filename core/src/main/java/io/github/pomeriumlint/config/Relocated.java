package io.github.pomeriumlint.config;

import java.util.ArrayList;
import java.util.List;

/** Copies of a parsed subtree placed at another path (and, optionally, at one fixed span). */
final class Relocated {
  private Relocated() {}

  /**
   * @param span when not null, every node gets this span (a value parsed from one environment
   *     variable has no better position than the variable itself)
   */
  static Node under(Node node, String path, Span span) {
    Span s = span != null ? span : node.span();
    if (node instanceof MapNode map) {
      List<MapNode.Entry> entries = new ArrayList<>();
      for (MapNode.Entry e : map.entries()) {
        String child = Node.childPath(path, e.key().text());
        ScalarNode key = new ScalarNode(e.key().text(), e.key().kind(), span != null ? span : e.key().span(), child);
        entries.add(new MapNode.Entry(key, under(e.value(), child, span)));
      }
      return new MapNode(entries, s, path);
    }
    if (node instanceof ListNode list) {
      List<Node> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(under(list.items().get(i), Node.itemPath(path, i), span));
      }
      return new ListNode(items, s, path);
    }
    ScalarNode scalar = (ScalarNode) node;
    return new ScalarNode(scalar.text(), scalar.kind(), s, path);
  }
}
