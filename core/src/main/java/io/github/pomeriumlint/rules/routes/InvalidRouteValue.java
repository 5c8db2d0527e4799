package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.RouteKeys;
import io.github.pomeriumlint.pomerium.values.GoDuration;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route value of the wrong type. Pomerium decodes weakly ("true" is a bool, 8 is a string), but a
 * list where a string belongs, or "yes" for a bool, fails the decoding and with it the start.
 */
public final class InvalidRouteValue extends RouteRule {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  public InvalidRouteValue() {
    super(
        RuleInfo.of("invalid-route-value", Severity.ERROR, "A route value has the wrong type")
            .description(
                "Pomerium decodes route fields into typed Go fields. Strings, numbers and bools convert into"
                    + " each other where Go can parse them, but a mapping or list where a single value belongs,"
                    + " a bool such as 'yes', or a duration without unit letters fails the decoding, and Pomerium"
                    + " refuses the config, as it does for a mapping key that is not a string (an unquoted 1 or"
                    + " true). A duration written as a bare number is read as nanoseconds.")
            .bad("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    timeout: 30")
            .good("routes:\n  - from: https://app.example.com\n    to: https://app.internal\n    timeout: 30s"));
  }

  @Override
  public boolean beforeRoutes(LintContext ctx) {
    routeLists(ctx).forEach(list -> checkItemsAreMappings(ctx, list));
    return true;
  }

  @Override
  public void check(LintContext ctx, Route route) {
    if (mayHaveKeysThatAreNotStrings(ctx)) {
      checkKeysAreStrings(ctx, route.node());
    }
    for (MapNode.Entry entry : route.node().entries()) {
      Optional<KeyDef> def = RouteKeys.find(entry.name());
      if (def.isPresent() && def.get().existsIn(ctx.version())) {
        check(ctx, def.get(), entry.value());
      }
    }
  }

  private void check(LintContext ctx, KeyDef def, Node value) {
    if (value instanceof ScalarNode s && s.isNull()) {
      return; // the field keeps its zero value
    }
    switch (def.type()) {
      case STRING -> requireScalar(ctx, def, value, "a string");
      case BOOL -> {
        if (requireScalar(ctx, def, value, "a bool") && value.asScalar().asBoolean().isEmpty()) {
          ctx.report(value, "'" + def.name() + "' must be true or false, not '" + value.asScalar().text() + "'", "write true or false");
        }
      }
      case INT -> checkNumber(ctx, def, value, NUMBER, "a whole number");
      case FLOAT -> checkNumber(ctx, def, value, DECIMAL, "a number");
      case DURATION -> checkDuration(ctx, def, value);
      case STRING_LIST -> {
        if (value instanceof ListNode list) {
          list.items().forEach(item -> requireScalar(ctx, def, item, "a string"));
        } else {
          requireScalar(ctx, def, value, "a string or a list of strings");
        }
      }
      case MAP -> requireKind(ctx, def, value, value instanceof MapNode, "a mapping");
      case OBJECT -> {
        if (requireKind(ctx, def, value, value instanceof MapNode, "a mapping")) {
          checkChildren(ctx, def, value.asMap());
        }
      }
      case OBJECT_LIST -> {
        if (requireKind(ctx, def, value, value instanceof ListNode, "a list")) {
          for (Node item : value.asList().items()) {
            if (requireKind(ctx, def, item, item instanceof MapNode, "a list of mappings")) {
              checkChildren(ctx, def, item.asMap());
            }
          }
        }
      }
      default -> {
        // PPL is the ppl rules' business; routes lists do not nest
      }
    }
  }

  /** The lists {@link LintContext#routes()} takes its routes from. */
  private static List<ListNode> routeLists(LintContext ctx) {
    List<ListNode> lists = new ArrayList<>();
    ctx.config().rootRoutes().ifPresent(lists::add);
    for (String key : List.of("policy", "routes")) {
      ctx.options().get(key).filter(ListNode.class::isInstance).ifPresent(n -> lists.add(n.asList()));
    }
    return lists;
  }

  /** A route is a mapping; anything else fails the decoding (and is not one of ctx.routes()). */
  private void checkItemsAreMappings(LintContext ctx, ListNode list) {
    for (Node item : list.items()) {
      if (!(item instanceof MapNode)) {
        ctx.report(item, "a route must be a mapping with from, to and the other route options, not " + item.describe(), "write the route as from: ... and to: ... keys");
      }
    }
  }

  /**
   * Whether a route may hold a key that is not a string: the reader noted whether the file has
   * any, which spares walking every route, unless the routes come from the environment.
   */
  private static boolean mayHaveKeysThatAreNotStrings(LintContext ctx) {
    return !ctx.document().notes().keysAreStrings()
        || ctx.config().environmentVariable("routes").isPresent()
        || ctx.config().environmentVariable("policy").isPresent();
  }

  /** Pomerium's decode hook: "cannot convert nested map: all keys must be strings". */
  private void checkKeysAreStrings(LintContext ctx, Node node) {
    if (node instanceof MapNode map) {
      for (MapNode.Entry entry : map.entries()) {
        if (entry.key().kind() != ScalarNode.Kind.STRING) {
          ctx.report(
              entry.key(),
              "the key '" + entry.key().text() + "' is " + entry.key().describe() + "; Pomerium cannot convert a"
                  + " route's nested map unless all keys are strings",
              "quote the key");
        }
        checkKeysAreStrings(ctx, entry.value());
      }
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> checkKeysAreStrings(ctx, item));
    }
  }

  private void checkChildren(LintContext ctx, KeyDef def, MapNode map) {
    for (MapNode.Entry entry : map.entries()) {
      def.child(entry.name()).ifPresent(child -> check(ctx, child, entry.value()));
    }
  }

  private void checkNumber(LintContext ctx, KeyDef def, Node value, Pattern form, String what) {
    if (requireScalar(ctx, def, value, what) && !form.matcher(value.asScalar().text().trim()).matches()) {
      ctx.report(value, "'" + def.name() + "' must be " + what + ", not '" + value.asScalar().text() + "'", def.type().howToWrite());
    }
  }

  private void checkDuration(LintContext ctx, KeyDef def, Node value) {
    if (!requireScalar(ctx, def, value, "a duration")) {
      return;
    }
    ScalarNode scalar = value.asScalar();
    String text = scalar.text().trim();
    if (scalar.kind() == ScalarNode.Kind.INTEGER && !text.equals("0")) {
      ctx.report(
          Severity.WARNING,
          value,
          "'" + def.name() + ": " + text + "' is " + text + " nanoseconds, as Go reads a bare number",
          "add a unit: " + text + "s");
    } else if (!text.isEmpty() && !GoDuration.parse(text).isOk()) {
      ctx.report(value, "'" + def.name() + "' is not a Go duration: '" + text + "'", "write it like 30s, 5m or 1h30m");
    }
  }

  private boolean requireScalar(LintContext ctx, KeyDef def, Node value, String what) {
    return requireKind(ctx, def, value, value instanceof ScalarNode, what);
  }

  private boolean requireKind(LintContext ctx, KeyDef def, Node value, boolean ok, String what) {
    if (!ok) {
      ctx.report(value, "'" + def.name() + "' must be " + what + ", not " + value.describe(), def.type().howToWrite());
    }
    return ok;
  }
}
