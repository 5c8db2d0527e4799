package io.github.pomeriumlint.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds our nodes straight from snakeyaml-engine's parser events, without composing its node
 * graph first: that graph cost as much as the parse. It reads what configs are made of (one
 * document of mappings, lists, scalars, aliases of scalars) and gives up on anything else by
 * throwing {@link Unusual}, so that {@link YamlReader} composes the document the general way:
 * aliases of collections (which expand, and count towards the alias limit), merge keys, keys that
 * are not scalars, several documents, and documents beyond the size limits. The nodes, spans and
 * errors are those the general way gives; the parser's own errors are thrown as they come.
 */
final class EventReader {
  /** The document needs the general way. */
  static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  /**
   * The first characters of the plain scalars to which snakeyaml-engine's CoreScalarResolver may
   * give a tag other than str: those it keys its bool, int, float, null, merge and env patterns by,
   * and '~', 'N' and ' ', which its catch-all null patterns match.
   */
  private static final String RESOLVED_FIRST = "tfTF-+0123456789.n$<~N ";
  /** What the resolver's bool pattern matches; its null patterns match nothing that starts with t or f. */
  private static final Set<String> BOOLS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  /**
   * The tag CoreScalarResolver gives a plain scalar, when it is plain to see: a str for most
   * scalars, a bool or str for those that start like a bool, a str for those that start like a
   * number but cannot be one. Each regular expression the resolver
   * would run on them, in vain for most, costs more than the scalar's other reading. Null when
   * the resolver must decide. (A test checks these answers against the resolver.)
   */
  static Tag coreTag(String value) {
    if (value.isEmpty()) {
      return null;
    }
    char first = value.charAt(0);
    if (RESOLVED_FIRST.indexOf(first) < 0) {
      return Tag.STR;
    }
    if (first == 't' || first == 'f' || first == 'T' || first == 'F') {
      return BOOLS.contains(value) ? Tag.BOOL : Tag.STR;
    }
    if (first != 'n' && first != '$' && first != '<' && first != '~' && first != 'N' && first != ' ' && YamlReader.signInside(value)) {
      return Tag.STR; // starts like a number, but no int or float pattern takes a sign there (a GUID, say)
    }
    return null;
  }

  /** Stands for an anchored collection: aliases of it are left to the general way. */
  private static final ScalarNode COLLECTION = ScalarNode.string("", Span.point("", 1, 1), "");

  private final SourceFile source;
  private final String file;
  private final Parser parser;
  private final ScalarResolver resolver;
  private final boolean coreResolver;
  private final Map<Anchor, ScalarNode> anchors = new HashMap<>();
  private final TreeNotes notes = new TreeNotes();
  /**
   * One string per key name: a large config repeats a few dozen names thousands of times, and rules
   * compare names all the time; shared, they stay in the processor's cache.
   */
  private final Map<String, String> names = new HashMap<>();
  private int nodes;

  EventReader(SourceFile source, LoadSettings settings) {
    this.source = source;
    this.file = source.name();
    // as Compose.composeString reads a string, so that reader errors come out the same
    this.parser = new ParserImpl(settings, new StreamReader(settings, new StringReader(source.text())));
    this.resolver = settings.getSchema().getScalarResolver();
    this.coreResolver = resolver.getClass() == CoreScalarResolver.class;
  }

  /** The document, as Compose.getSingleNode would give it. */
  Document read() {
    parser.next(); // stream start
    if (parser.checkEvent(Event.ID.StreamEnd)) {
      return Document.empty(source);
    }
    parser.next(); // document start
    Node root = node(NodePath.ROOT, 0);
    parser.next(); // document end
    if (!parser.checkEvent(Event.ID.StreamEnd)) {
      throw new Unusual(); // several documents: an error the composer words
    }
    return Document.parsed(source, root, notes);
  }

  private Node node(NodePath path, int depth) {
    if (++nodes > YamlReader.MAX_NODES || depth > YamlReader.MAX_DEPTH) {
      throw new Unusual(); // the general way reports where the limit is crossed
    }
    Event event = parser.next();
    switch (event.getEventId()) {
      case Scalar -> {
        ScalarEvent scalar = (ScalarEvent) event;
        ScalarNode node = scalar(scalar, scalar.isPlain() || scalar.getTag().isPresent() ? tag(scalar) : null, path);
        anchor(scalar.getAnchor(), node);
        return node;
      }
      case Alias -> {
        ScalarNode anchored = anchors.get(((AliasEvent) event).getAlias());
        if (anchored == null || anchored == COLLECTION) {
          throw new Unusual();
        }
        return new ScalarNode(anchored.text(), anchored.kind(), anchored.span(), path);
      }
      case SequenceStart -> {
        Optional<Mark> start = collectionStart((CollectionStartEvent) event);
        List<Node> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
          items.add(node(path.item(items.size()), depth + 1));
        }
        return new ListNode(items, YamlReader.span(file, start, parser.next().getEndMark()), path);
      }
      case MappingStart -> {
        Optional<Mark> start = collectionStart((CollectionStartEvent) event);
        List<MapNode.Entry> entries = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
          ScalarNode key = key(path);
          int mark = notes.mark();
          String name = shared(MapNode.normalize(key.text()));
          MapNode.Entry entry = new MapNode.Entry(key, node(key.nodePath(), depth + 1), name);
          notes.entry(entry, mark);
          entries.add(entry);
        }
        MapNode map = new MapNode(entries, YamlReader.span(file, start, parser.next().getEndMark()), path);
        notes.mapping(map);
        return map;
      }
      default -> throw new Unusual();
    }
  }

  /** A mapping key: a scalar, as configs write them; anything else goes the general way. */
  private ScalarNode key(NodePath parent) {
    if (!parser.checkEvent(Event.ID.Scalar)) {
      throw new Unusual(); // an alias, or a collection as a key
    }
    ScalarEvent event = (ScalarEvent) parser.next();
    Tag tag = tag(event);
    if (tag.equals(Tag.MERGE)) {
      throw new Unusual(); // the composer merges the mappings '<<' names
    }
    ScalarNode key = scalar(event, tag, parent.child(event.getValue()));
    anchor(event.getAnchor(), key);
    return key;
  }

  /** Registers a collection's anchor (aliases of it go the general way) and checks its tag as the composer does. */
  private Optional<Mark> collectionStart(CollectionStartEvent event) {
    anchor(event.getAnchor(), COLLECTION);
    if (event.getTag().isPresent() && !event.getTag().get().equals("!")) {
      new Tag(event.getTag().get()); // throws for a tag the composer refuses
    }
    return event.getStartMark();
  }

  // Plain code rather than Optional lambdas: this reads every node of every file, and each lambda
  // costs start-up time to link.

  private void anchor(Optional<Anchor> anchor, ScalarNode node) {
    if (anchor.isPresent()) {
      anchors.put(anchor.get(), node);
    }
  }

  /** One string per key name, shared by the entries that have it. */
  private String shared(String name) {
    String known = names.putIfAbsent(name, name);
    return known != null ? known : name;
  }

  /**
   * @param tag the composer's tag ({@link #tag}); only a plain scalar's tells what it is, so it
   *     may be null for others (resolving it for them is wasted work, and cannot fail)
   */
  private ScalarNode scalar(ScalarEvent event, Tag tag, NodePath path) {
    String text = event.getValue();
    ScalarNode.Kind kind = event.isPlain() ? YamlReader.kind(tag, text) : ScalarNode.Kind.STRING;
    return new ScalarNode(text, kind, YamlReader.span(file, event.getStartMark(), event.getEndMark()), path);
  }

  /** The composer's tag for a scalar: the one written, or the one the schema resolves. */
  private Tag tag(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    if (tag.isEmpty() || tag.get().equals("!")) {
      String value = event.getValue();
      boolean implicit = event.getImplicit().canOmitTagInPlainScalar();
      Tag known = implicit && coreResolver ? coreTag(value) : null;
      return known != null ? known : resolver.resolve(value, implicit);
    }
    return new Tag(tag.get());
  }
}
