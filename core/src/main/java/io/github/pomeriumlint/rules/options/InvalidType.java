package io.github.pomeriumlint.rules.options;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.pomerium.ValueType;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value of a YAML type Pomerium cannot decode into the option ("failed to unmarshal config"). The
 * decoding is weak, as viper's is: any scalar makes a string, "true"/1 make a bool, a numeric
 * string makes a number, a string makes a list (split at commas) and JSON text makes a map.
 */
public final class InvalidType extends Rule {
  /** The streaming parser, not databind: this check needs no tree, and databind is costly to load. */
  private static final JsonFactory JSON = new JsonFactory();
  /** Go's {@code strconv.ParseBool}, plus the empty string weak decoding allows. */
  private static final Set<String> GO_BOOLS = Set.of("", "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False");
  /** Go's {@code strconv.ParseInt(s, 0, 64)}. */
  private static final Pattern GO_INT = Pattern.compile("[+-]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9_]*)");
  /** Options with a decoder of their own that takes more shapes than their type says. */
  private static final Set<String> CUSTOM_DECODED = Set.of("jwt_claims_headers");

  public InvalidType() {
    super(
        RuleInfo.of("invalid-type", Severity.ERROR, "An option's value has the wrong type")
            .description(
                "Pomerium decodes the file into typed options; a mapping where a string is expected, a list for"
                    + " a bool or 'yes' for a bool stops the load with \"failed to unmarshal config\". Weak typing"
                    + " still applies: numbers and bools make strings, \"true\" and 1 make bools, a comma-separated"
                    + " string makes a list.")
            .bad("insecure_server: yes\nidp_scopes:\n  openid: true")
            .good("insecure_server: true\nidp_scopes: [openid, email]"));
  }

  @Override
  public void check(LintContext ctx) {
    for (MapNode.Entry entry : ctx.options().entries()) {
      TopLevelKeys.find(entry.name())
          .filter(k -> k.existsIn(ctx.version()) && !CUSTOM_DECODED.contains(k.name()))
          .ifPresent(key -> check(ctx, key, entry.key(), entry.key().text(), entry.value()));
    }
  }

  private static void check(LintContext ctx, KeyDef key, ScalarNode keyNode, String name, Node value) {
    if (value instanceof ScalarNode s && s.isNull()) {
      return;
    }
    if (value instanceof ListNode list && (key.type() == ValueType.STRING_LIST || key.type() == ValueType.OBJECT_LIST)) {
      for (Node item : list.items()) {
        boolean fits = key.type() == ValueType.STRING_LIST ? item instanceof ScalarNode : item instanceof MapNode || item instanceof ScalarNode s && s.isNull();
        if (!fits) {
          String expected = key.type() == ValueType.STRING_LIST ? "strings" : "mappings";
          ctx.report(item, "'" + name + "' is a list of " + expected + ", and this item is " + item.describe() + "; Pomerium cannot decode it (\"failed to unmarshal config\")", key.type().howToWrite());
        }
      }
      return;
    }
    String expected = problem(key.type(), value);
    if (expected != null) {
      Node where = value instanceof ScalarNode ? value : keyNode;
      ctx.report(
          where,
          "'" + name + "' takes " + expected + ", not " + value.describe() + "; Pomerium cannot decode it (\"failed to unmarshal config\")",
          key.type().howToWrite());
    } else if (key.type() == ValueType.OBJECT && value instanceof MapNode map) {
      for (MapNode.Entry child : map.entries()) {
        key.child(child.name()).ifPresent(def -> check(ctx, def, child.key(), name + "." + child.key().text(), child.value()));
      }
    }
  }

  /** What the type takes, when {@code value} is not one of its shapes; null when it is. */
  private static String problem(ValueType type, Node value) {
    return switch (type) {
      case STRING -> value instanceof ScalarNode ? null : "a string";
      case BOOL -> value instanceof ScalarNode s && isBool(s) ? null : "a bool (true or false)";
      case INT -> value instanceof ScalarNode s && isInt(s) ? null : "a whole number";
      case FLOAT -> value instanceof ScalarNode s && isFloat(s) ? null : "a number";
      case DURATION -> value instanceof ScalarNode ? null : "a duration such as 30s";
      case STRING_LIST -> value instanceof MapNode ? "a list of strings" : null;
      case MAP -> value instanceof MapNode || value instanceof ScalarNode s && isJsonObject(s) ? null : "a mapping";
      case OBJECT -> value instanceof MapNode ? null : "a mapping";
      case OBJECT_LIST -> value instanceof ScalarNode ? "a list of mappings" : null;
      case ROUTES -> value instanceof MapNode ? "a list of routes" : null;
      case PPL -> null; // route-level only; the ppl rules read it
    };
  }

  private static boolean isBool(ScalarNode s) {
    return switch (s.kind()) {
      case BOOLEAN, INTEGER, FLOAT, NULL -> true;
      case STRING -> GO_BOOLS.contains(s.text());
    };
  }

  private static boolean isInt(ScalarNode s) {
    return switch (s.kind()) {
      case BOOLEAN, INTEGER, FLOAT, NULL -> true;
      case STRING -> s.text().isEmpty() || GO_INT.matcher(s.text()).matches();
    };
  }

  private static boolean isFloat(ScalarNode s) {
    if (s.kind() != ScalarNode.Kind.STRING || s.text().isEmpty()) {
      return true;
    }
    try {
      Double.parseDouble(s.text());
      return !s.text().endsWith("d") && !s.text().endsWith("f") && !s.text().endsWith("D") && !s.text().endsWith("F");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isJsonObject(ScalarNode s) {
    if (s.isBlank()) {
      return true;
    }
    try (JsonParser parser = JSON.createParser(s.text())) {
      return parser.nextToken() == JsonToken.START_OBJECT && parser.skipChildren().currentToken() == JsonToken.END_OBJECT;
    } catch (IOException e) {
      return false;
    }
  }
}
