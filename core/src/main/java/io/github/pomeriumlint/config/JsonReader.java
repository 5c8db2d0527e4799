package io.github.pomeriumlint.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON to {@link Node}s with positions, through Jackson's streaming parser. */
final class JsonReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(YamlReader.MAX_DEPTH)
                  .maxStringLength(YamlReader.MAX_CODE_POINTS)
                  .build())
          .build();

  private final String file;
  private final JsonParser parser;
  private final TreeNotes notes = new TreeNotes();

  private JsonReader(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  static Document read(SourceFile source) {
    if (source.text().length() > YamlReader.MAX_CODE_POINTS) {
      return Document.failed(source, YamlReader.tooLarge(source));
    }
    try (JsonParser parser = FACTORY.createParser(source.text())) {
      try {
        return parse(source, parser);
      } catch (JsonProcessingException e) {
        // constraint violations carry no location of their own: the parser knows where it is
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        Span span = Span.point(source.name(), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        return Document.failed(source, new SyntaxError(span, e.getOriginalMessage(), "fix the JSON at this position"));
      }
    } catch (IOException e) {
      return Document.failed(source, new SyntaxError(Span.point(source.name(), 1, 1), "cannot read JSON: " + e.getMessage()));
    }
  }

  private static Document parse(SourceFile source, JsonParser parser) throws IOException {
    JsonReader reader = new JsonReader(source.name(), parser);
    if (parser.nextToken() == null) {
      return Document.empty(source);
    }
    Node root = reader.value("");
    if (parser.nextToken() != null) {
      JsonLocation at = parser.currentTokenLocation();
      return Document.failed(
          source,
          new SyntaxError(
              Span.point(source.name(), at.getLineNr(), at.getColumnNr()), "unexpected content after the JSON value"));
    }
    return Document.parsed(source, root, reader.notes);
  }

  /** Reads the value at the current token. */
  private Node value(String path) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        List<MapNode.Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = parser.currentTokenLocation();
          String name = parser.currentName();
          ScalarNode key = ScalarNode.string(name, spanOf(keyAt, parser.currentLocation()), Node.childPath(path, name));
          parser.nextToken();
          int mark = notes.mark();
          MapNode.Entry entry = new MapNode.Entry(key, value(Node.childPath(path, name)));
          notes.entry(entry, mark);
          entries.add(entry);
        }
        MapNode map = new MapNode(entries, spanOf(start, parser.currentLocation()), path);
        notes.mapping(map);
        return map;
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(Node.itemPath(path, i++)));
        }
        return new ListNode(items, spanOf(start, parser.currentLocation()), path);
      }
      default -> {
        ScalarNode.Kind kind =
            switch (token) {
              case VALUE_NUMBER_INT -> ScalarNode.Kind.INTEGER;
              case VALUE_NUMBER_FLOAT -> ScalarNode.Kind.FLOAT;
              case VALUE_TRUE, VALUE_FALSE -> ScalarNode.Kind.BOOLEAN;
              case VALUE_NULL -> ScalarNode.Kind.NULL;
              default -> ScalarNode.Kind.STRING;
            };
        String text = kind == ScalarNode.Kind.NULL ? "" : parser.getText();
        return new ScalarNode(text, kind, spanOf(start, parser.currentLocation()), path);
      }
    }
  }

  private Span spanOf(JsonLocation start, JsonLocation end) {
    return new Span(file, start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr());
  }
}
