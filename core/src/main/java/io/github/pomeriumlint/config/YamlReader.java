package io.github.pomeriumlint.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** YAML 1.2 to {@link Node}s with positions, with deliberate limits against hostile input. */
final class YamlReader {
  /** Aliases that may point at collections: real configs use a handful; bombs use thousands. */
  static final int MAX_ALIASES = 100;
  /** Deeper than any real config; keeps the recursive conversion far from the stack's end. */
  static final int MAX_DEPTH = 500;
  /** Code points in one document (snakeyaml-engine's guard); 64 Mi covers a 50 MB file. */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
  /** Nodes after alias expansion: bounds time and memory whatever the aliases do. */
  static final int MAX_NODES = 2_000_000;

  private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9]*|0o[0-7]+|0x[0-9a-fA-F]+)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private final String file;
  private int nodes;

  private YamlReader(String file) {
    this.file = file;
  }

  static Document read(SourceFile source) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source.name())
            .setAllowDuplicateKeys(true) // reported by a rule, with both positions
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();
    YamlReader reader = new YamlReader(source.name());
    try {
      Optional<org.snakeyaml.engine.v2.nodes.Node> root = new Compose(settings).composeString(source.text());
      if (root.isEmpty()) {
        return new Document(source, Optional.empty(), Optional.empty());
      }
      return Document.parsed(source, reader.convert(root.get(), "", 0));
    } catch (MarkedYamlEngineException e) {
      return Document.failed(source, reader.syntaxError(e));
    } catch (TooComplex e) {
      return Document.failed(source, new SyntaxError(e.span, e.getMessage()));
    } catch (YamlEngineException e) {
      return Document.failed(source, new SyntaxError(Span.point(source.name(), 1, 1), firstLine(e.getMessage())));
    } catch (StackOverflowError e) {
      return Document.failed(
          source, new SyntaxError(Span.point(source.name(), 1, 1), "the document is nested too deeply to read"));
    }
  }

  private SyntaxError syntaxError(MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    Span span = mark.map(m -> Span.point(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Span.point(file, 1, 1));
    StringBuilder message = new StringBuilder();
    if (e.getContext() != null) {
      message.append(e.getContext()).append(": ");
    }
    message.append(e.getProblem() == null ? "invalid YAML" : e.getProblem());
    return new SyntaxError(span, firstLine(message.toString()), hintFor(message.toString()));
  }

  /** The usual cause of each parser complaint, in words a config author acts on. */
  private static String hintFor(String problem) {
    if (problem.contains("TAB")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (problem.contains("alias") || problem.contains("anchor")) {
      return "quote the value: an unquoted * or & starts a YAML alias or anchor";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "quote the value: an unquoted ': ' inside a value starts a new mapping";
    }
    if (problem.contains("tag")) {
      return "quote the value: an unquoted ! starts a YAML tag";
    }
    return "fix the YAML at this position (quote values that contain special characters)";
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "invalid YAML";
    }
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private Node convert(org.snakeyaml.engine.v2.nodes.Node node, String path, int depth) {
    Span span = span(node);
    if (++nodes > MAX_NODES) {
      throw new TooComplex(span, "the document expands to more than " + MAX_NODES + " values (too many aliases?)");
    }
    if (depth > MAX_DEPTH) {
      throw new TooComplex(span, "the document is nested more than " + MAX_DEPTH + " levels deep");
    }
    if (node instanceof MappingNode map) {
      List<MapNode.Entry> entries = new ArrayList<>(map.getValue().size());
      for (NodeTuple tuple : map.getValue()) {
        org.snakeyaml.engine.v2.nodes.Node keyNode = tuple.getKeyNode();
        String keyText =
            keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s
                ? s.getValue()
                : keyNode.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        String childPath = Node.childPath(path, keyText);
        ScalarNode key =
            keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s
                ? scalar(s, childPath)
                : ScalarNode.string(keyText, span(keyNode), childPath);
        entries.add(new MapNode.Entry(key, convert(tuple.getValueNode(), childPath, depth + 1)));
      }
      return new MapNode(entries, span, path);
    }
    if (node instanceof SequenceNode seq) {
      List<Node> items = new ArrayList<>(seq.getValue().size());
      int i = 0;
      for (org.snakeyaml.engine.v2.nodes.Node item : seq.getValue()) {
        items.add(convert(item, Node.itemPath(path, i++), depth + 1));
      }
      return new ListNode(items, span, path);
    }
    return scalar((org.snakeyaml.engine.v2.nodes.ScalarNode) node, path);
  }

  private ScalarNode scalar(org.snakeyaml.engine.v2.nodes.ScalarNode node, String path) {
    String text = node.getValue();
    ScalarNode.Kind kind = ScalarNode.Kind.STRING;
    if (node.isPlain()) {
      Tag tag = node.getTag();
      if (Tag.NULL.equals(tag)) {
        kind = ScalarNode.Kind.NULL;
      } else if (Tag.BOOL.equals(tag)) {
        kind = ScalarNode.Kind.BOOLEAN;
      } else if (Tag.INT.equals(tag) || INT.matcher(text).matches()) {
        kind = ScalarNode.Kind.INTEGER;
      } else if (Tag.FLOAT.equals(tag) || FLOAT.matcher(text).matches()) {
        kind = ScalarNode.Kind.FLOAT;
      }
    }
    return new ScalarNode(text, kind, span(node), path);
  }

  private Span span(org.snakeyaml.engine.v2.nodes.Node node) {
    Optional<Mark> start = node.getStartMark();
    Optional<Mark> end = node.getEndMark();
    if (start.isEmpty()) {
      return Span.point(file, 1, 1);
    }
    Mark s = start.get();
    Mark e = end.orElse(s);
    return new Span(file, s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1);
  }

  /** Input beyond the reader's limits; reported as a syntax finding, not a crash. */
  private static final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Span span;

    TooComplex(Span span, String message) {
      super(message, null, false, false);
      this.span = span;
    }
  }
}
