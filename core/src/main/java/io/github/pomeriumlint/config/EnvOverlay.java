package io.github.pomeriumlint.config;

import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.pomerium.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays environment variables over a document the way Pomerium binds them: each key's variable is
 * its upper-cased name ({@code DOWNSTREAM_MTLS_CA} for a nested key), lists are comma-separated,
 * maps are JSON, and {@code POLICY}/{@code ROUTES} hold base64 of a YAML route list. The
 * environment wins over the file. Variables that name no key are ignored, as Pomerium ignores them.
 */
public final class EnvOverlay {
  private final Environment env;
  private final List<SourceFile> decoded = new ArrayList<>();
  private final List<SyntaxError> errors = new ArrayList<>();
  private final Map<String, String> setBy = new HashMap<>();

  private EnvOverlay(Environment env) {
    this.env = env;
  }

  public static EffectiveConfig apply(Document document, Environment env) {
    Node root = document.root().orElse(null);
    MapNode map = root instanceof MapNode m ? m : new MapNode(List.of(), Span.point(document.source().name(), 1, 1), "");
    Optional<ListNode> routes = root instanceof ListNode list ? Optional.of(list) : Optional.empty();
    if (env.isEmpty()) {
      return new EffectiveConfig(map, routes, Map.of(), List.of(), List.of());
    }
    EnvOverlay overlay = new EnvOverlay(env);
    MapNode effective = overlay.overlay(map);
    return new EffectiveConfig(effective, routes, overlay.setBy, overlay.decoded, overlay.errors);
  }

  private MapNode overlay(MapNode map) {
    for (KeyDef def : TopLevelKeys.all()) {
      Optional<Environment.Variable> variable = env.get(def.envName());
      if (variable.isPresent()) {
        Optional<Node> value = convert(def, variable.get(), def.name());
        if (value.isPresent()) {
          map = map.with(new MapNode.Entry(keyNode(def.name(), variable.get(), def.name()), value.get()));
          setBy.put(def.name(), variable.get().name());
        }
      } else if (def.type() == ValueType.OBJECT) {
        map = overlayNested(map, def);
      }
    }
    return map;
  }

  /** {@code DOWNSTREAM_MTLS_CA} sets {@code downstream_mtls.ca}. */
  private MapNode overlayNested(MapNode map, KeyDef parent) {
    MapNode nested = null;
    for (KeyDef child : parent.children()) {
      Optional<Environment.Variable> variable = env.get(parent.envName() + "_" + child.envName());
      if (variable.isEmpty()) {
        continue;
      }
      if (nested == null) {
        nested =
            map.get(parent.name())
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .orElseGet(() -> new MapNode(List.of(), variable.get().span(), parent.name()));
      }
      String path = Node.childPath(parent.name(), child.name());
      Optional<Node> value = convert(child, variable.get(), path);
      if (value.isPresent()) {
        nested = nested.with(new MapNode.Entry(keyNode(child.name(), variable.get(), path), value.get()));
        setBy.put(parent.name(), variable.get().name());
      }
    }
    if (nested == null) {
      return map;
    }
    MapNode.Entry current = map.entry(parent.name()).orElse(null);
    ScalarNode key = current != null ? current.key() : ScalarNode.string(parent.name(), nested.span(), parent.name());
    return map.with(new MapNode.Entry(key, nested));
  }

  private static ScalarNode keyNode(String key, Environment.Variable variable, String path) {
    return ScalarNode.string(key, variable.span(), path);
  }

  private Optional<Node> convert(KeyDef def, Environment.Variable variable, String path) {
    String value = variable.value();
    Span span = variable.span();
    return switch (def.type()) {
      case STRING_LIST -> {
        List<Node> items = new ArrayList<>();
        int i = 0;
        for (String part : value.split(",", -1)) {
          if (!part.isBlank()) {
            items.add(ScalarNode.string(part.trim(), span, Node.itemPath(path, i++)));
          }
        }
        yield Optional.of(new ListNode(items, span, path));
      }
      case MAP, OBJECT, OBJECT_LIST -> parseEmbedded(variable, value, path, true);
      case ROUTES -> decodeRoutes(variable, path);
      default -> Optional.of(ScalarNode.string(value, span, path));
    };
  }

  /** POLICY and ROUTES: base64 of a YAML route list. */
  private Optional<Node> decodeRoutes(Environment.Variable variable, String path) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(variable.value().trim());
    } catch (IllegalArgumentException e) {
      errors.add(new SyntaxError(variable.span(), variable.name() + " is not base64 of a YAML route list: " + e.getMessage(),
              "encode the route list with: base64 -w0 routes.yaml"));
      return Optional.empty();
    }
    return parseEmbedded(variable, new String(bytes, StandardCharsets.UTF_8), path, false);
  }

  /** Parses a value as its own document, named after the variable so findings point into it. */
  private Optional<Node> parseEmbedded(Environment.Variable variable, String text, String path, boolean json) {
    String name = "env:" + variable.name();
    SourceFile source = SourceFile.of(json ? name + ".json" : name, text);
    Document doc = Document.parse(source);
    if (doc.syntaxError().isPresent()) {
      SyntaxError e = doc.syntaxError().get();
      errors.add(new SyntaxError(variable.span(), variable.name() + " cannot be decoded: " + e.message(),
              json ? "give the value as a JSON object, e.g. {\"prompt\":\"login\"}" : e.hint()));
      return Optional.empty();
    }
    if (!json) {
      decoded.add(source);
    }
    return doc.root().map(n -> Relocated.under(n, path, json ? variable.span() : null));
  }
}
