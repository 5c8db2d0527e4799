package io.github.pomeriumlint.online;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.rules.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The policy criteria that need an email, for the online check of users without a mail address. */
final class EmailCriteria {
  private EmailCriteria() {}

  /** Keys whose criterion matches the session's email (PPL, and the pre-PPL allowed_* options). */
  private static final Set<String> EMAIL_KEYS = Set.of("email", "domain", "allowed_users", "allowed_domains", "claim/email");

  /** The first criterion of each route that matches on email or domain. */
  static List<Node> firstOfEachRoute(List<Route> routes) {
    List<Node> found = new ArrayList<>();
    for (Route route : routes) {
      List<Node> inRoute = new ArrayList<>();
      walk(route.node(), (key, value) -> {
        if (EMAIL_KEYS.contains(key)) {
          inRoute.add(value);
        }
      });
      if (!inRoute.isEmpty()) {
        found.add(inRoute.get(0));
      }
    }
    return found;
  }

  private interface Visitor {
    void entry(String key, Node value);
  }

  private static void walk(Node node, Visitor visitor) {
    if (node instanceof MapNode map) {
      for (MapNode.Entry e : map.entries()) {
        visitor.entry(e.name(), e.value());
        walk(e.value(), visitor);
      }
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> walk(item, visitor));
    }
  }
}
