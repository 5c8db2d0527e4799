package io.github.pomeriumlint.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** YAML 1.2 to {@link Node}s with positions, with deliberate limits against hostile input. */
final class YamlReader {
  /** Aliases that may point at collections: real configs use a handful; bombs use thousands. */
  static final int MAX_ALIASES = 100;
  /** Far deeper than any real config (which nests about ten levels), far from the stack's end. */
  static final int MAX_DEPTH = 100;
  /** Characters in one document: a config of 10,000 routes is about 3 Mi; this bounds time and heap. */
  static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
  /** Nodes after alias expansion: bounds time and memory whatever the aliases do. */
  static final int MAX_NODES = 1_000_000;

  private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9]*|0o[0-7]+|0x[0-9a-fA-F]+)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private final String file;
  private final TreeNotes notes = new TreeNotes();
  private int nodes;
  /** The top-level key being converted: where an alias expansion that explodes is reported. */
  private ScalarNode topLevelKey;

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
            // YAML 1.2 core schema, as Pomerium's yaml.v3 resolves plain scalars: ~ and null are null
            .setSchema(new CoreSchema())
            .build();
    if (source.text().length() > MAX_CODE_POINTS) {
      return Document.failed(source, tooLarge(source));
    }
    YamlReader reader = new YamlReader(source.name());
    try {
      try {
        return new EventReader(source, settings).read();
      } catch (EventReader.Unusual e) {
        return composed(source, settings, reader);
      }
    } catch (MarkedYamlEngineException e) {
      return Document.failed(source, reader.syntaxError(e));
    } catch (TooComplex e) {
      return Document.failed(source, new SyntaxError(e.span, e.getMessage()));
    } catch (ReaderException e) {
      return Document.failed(
          source,
          new SyntaxError(
              source.positionOf(e.getPosition()),
              firstLine(e.getMessage()),
              "remove the control character; YAML allows only printable characters, tab, CR and LF"));
    } catch (YamlEngineException e) {
      // the composer's alias limit has no position: point at the alias that crossed it
      boolean aliases = String.valueOf(e.getMessage()).contains("aliases");
      Span at = aliases ? reader.aliasBeyondLimit(source) : Span.point(source.name(), 1, 1);
      String hint = aliases ? "a config needs no more than a few aliases; write the values out" : null;
      return Document.failed(source, new SyntaxError(at, firstLine(e.getMessage()), hint));
    } catch (StackOverflowError e) {
      return Document.failed(
          source, new SyntaxError(Span.point(source.name(), 1, 1), "the document is nested too deeply to read"));
    }
  }

  /**
   * The general way, for documents {@link EventReader} leaves alone: compose snakeyaml-engine's
   * node graph (which shares the nodes of aliases), then copy it into ours, expanding aliases.
   */
  private static Document composed(SourceFile source, LoadSettings settings, YamlReader reader) {
    Optional<org.snakeyaml.engine.v2.nodes.Node> root = new Compose(settings).composeString(source.text());
    if (root.isEmpty()) {
      return Document.empty(source);
    }
    return Document.parsed(source, reader.convert(root.get(), "", 0), reader.notes);
  }

  private static final Pattern ALIAS = Pattern.compile("(?<=[\\s\\[,{:-])\\*[^\\s,\\[\\]{}]+");

  /** Where the alias that crossed {@link #MAX_ALIASES} is written, in document order. */
  Span aliasBeyondLimit(SourceFile source) {
    java.util.regex.Matcher m = ALIAS.matcher(source.text());
    int seen = 0;
    while (m.find()) {
      if (++seen > MAX_ALIASES) {
        Span start = source.positionOf(m.start());
        return new Span(file, start.line(), start.column(), start.line(), start.column() + m.group().length());
      }
    }
    return Span.point(file, 1, 1);
  }

  /** Larger than any config should be: reported where the limit falls, without parsing. */
  static SyntaxError tooLarge(SourceFile source) {
    return new SyntaxError(
        source.positionOf(MAX_CODE_POINTS),
        "the file is larger than " + (MAX_CODE_POINTS / (1024 * 1024)) + " Mi characters; no Pomerium config is this large",
        "check that this is a Pomerium config, not a log or a binary");
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
      Span at = topLevelKey != null ? topLevelKey.span() : span;
      String what = topLevelKey != null ? "the value of '" + topLevelKey.text() + "'" : "the document";
      throw new TooComplex(at, what + " expands through aliases to more than " + MAX_NODES + " values");
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
        if (depth == 0) {
          topLevelKey = key;
        }
        int mark = notes.mark();
        MapNode.Entry entry = new MapNode.Entry(key, convert(tuple.getValueNode(), childPath, depth + 1));
        notes.entry(entry, mark);
        entries.add(entry);
      }
      MapNode result = new MapNode(entries, span, path);
      notes.mapping(result);
      return result;
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
    return new ScalarNode(text, node.isPlain() ? kind(node.getTag(), text) : ScalarNode.Kind.STRING, span(node), path);
  }

  /** What a plain scalar is, from the tag the schema resolved (or that was written) and its text. */
  static ScalarNode.Kind kind(Tag tag, String text) {
    if (Tag.NULL.equals(tag)) {
      return ScalarNode.Kind.NULL;
    } else if (Tag.BOOL.equals(tag)) {
      return ScalarNode.Kind.BOOLEAN;
    } else if (Tag.INT.equals(tag) || mayBeNumber(text) && INT.matcher(text).matches()) {
      return ScalarNode.Kind.INTEGER;
    } else if (Tag.FLOAT.equals(tag) || mayBeNumber(text) && FLOAT.matcher(text).matches()) {
      return ScalarNode.Kind.FLOAT;
    }
    return ScalarNode.Kind.STRING;
  }

  /** Whether {@link #INT} or {@link #FLOAT} could match: most scalars are spared the regular expressions. */
  private static boolean mayBeNumber(String text) {
    return !text.isEmpty() && "+-.0123456789".indexOf(text.charAt(0)) >= 0 && !signInside(text);
  }

  /**
   * Whether a '+' or '-' stands where no number pattern (ours, or the core schema's) takes one:
   * past the first character and not after an exponent's 'e'.
   */
  static boolean signInside(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '-' || c == '+') && text.charAt(i - 1) != 'e' && text.charAt(i - 1) != 'E') {
        return true;
      }
    }
    return false;
  }

  private Span span(org.snakeyaml.engine.v2.nodes.Node node) {
    return span(file, node.getStartMark(), node.getEndMark());
  }

  static Span span(String file, Optional<Mark> start, Optional<Mark> end) {
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
