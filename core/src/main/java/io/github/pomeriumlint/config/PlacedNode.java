package io.github.pomeriumlint.config;

/**
 * Where a node was written and where it sits in the document, shared by the three node types. The
 * path is kept as a {@link NodePath} and spelled out only when asked for: most nodes are never
 * reported.
 */
abstract class PlacedNode {
  private final Span span;
  private final NodePath path;

  PlacedNode(Span span, NodePath path) {
    this.span = span;
    this.path = path;
  }

  public Span span() {
    return span;
  }

  /** Where this node sits in the document; empty for the root. */
  public String path() {
    return path.text();
  }

  /** The path as the reader keeps it, for a node built at the same place. */
  NodePath nodePath() {
    return path;
  }

  /** Span and path equal: the part of equality the node types share. */
  boolean samePlace(PlacedNode other) {
    return span.equals(other.span) && path().equals(other.path());
  }
}
