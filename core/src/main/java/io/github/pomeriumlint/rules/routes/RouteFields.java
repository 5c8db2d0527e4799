package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading route fields the way Pomerium decodes them. */
final class RouteFields {
  private RouteFields() {}

  /** Whether {@code key} is a bool that Pomerium reads as true. */
  static boolean isTrue(MapNode route, String key) {
    Optional<ScalarNode> value = route.scalar(key);
    return value.isPresent() && value.get().asBoolean().orElse(false);
  }

  /** Whether {@code key} is given a value (Go: the field is not nil). */
  static boolean isSet(MapNode route, String key) {
    Optional<Node> value = route.get(key);
    return value.isPresent() && !(value.get() instanceof ScalarNode s && s.isNull());
  }

  /** Whether {@code key} holds something: a non-blank scalar, or a non-empty list or mapping. */
  static boolean hasContent(MapNode route, String key) {
    Optional<Node> value = route.get(key);
    return value.isPresent() && hasContent(value.get());
  }

  static boolean hasContent(Node node) {
    if (node instanceof ScalarNode s) {
      return !s.isBlank();
    }
    return node instanceof ListNode l ? l.size() > 0 : !node.asMap().entries().isEmpty();
  }

  /** The strings of a {@code []string} field: a scalar, or the scalar items of a list. */
  static List<ScalarNode> strings(Node node) {
    if (node instanceof ScalarNode s) {
      return s.isBlank() ? List.of() : List.of(s);
    }
    if (node instanceof ListNode l) {
      List<ScalarNode> strings = new ArrayList<>(l.size());
      for (Node item : l.items()) {
        if (item instanceof ScalarNode s && !s.isBlank()) {
          strings.add(s);
        }
      }
      return strings;
    }
    return List.of();
  }

  static List<ScalarNode> strings(MapNode route, String key) {
    Optional<Node> value = route.get(key);
    return value.isPresent() ? strings(value.get()) : List.of();
  }

  /** The route's {@code from} URL when it parses. */
  static Optional<GoUrl> from(MapNode route) {
    return route.text("from").flatMap(t -> GoUrl.parse(t).asOptional());
  }
}
