package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.Services;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.rules.LintContext;
import java.util.Optional;

/**
 * The value of an option that may also be given as a file ({@code shared_secret} or
 * {@code shared_secret_file}): the text Pomerium would use, and the node to report on. As in
 * Pomerium, the file wins when both are set.
 *
 * @param node the scalar that holds the value or the file name
 * @param fromFile whether {@link #text()} was read from a file
 */
record OptionValue(String key, ScalarNode node, String text, boolean fromFile) {

  /** The value of {@code key} or the content of {@code key_file}; empty when unset or unreadable. */
  static Optional<OptionValue> read(LintContext ctx, String key) {
    return read(ctx, ctx.options(), key);
  }

  static Optional<OptionValue> read(LintContext ctx, MapNode options, String key) {
    Optional<ScalarNode> file = options.scalar(key + "_file");
    if (file.isPresent()) {
      Optional<String> text = ctx.readFile(file.get());
      return text.isPresent() ? Optional.of(new OptionValue(key + "_file", file.get(), text.get(), true)) : Optional.empty();
    }
    Optional<ScalarNode> value = options.scalar(key);
    return value.isPresent() ? Optional.of(new OptionValue(key, value.get(), value.get().text(), false)) : Optional.empty();
  }

  /** Whether {@code key} or {@code key_file} is set at all. */
  static boolean isSet(MapNode options, String key) {
    return options.scalar(key).isPresent() || options.scalar(key + "_file").isPresent();
  }

  /** The services this config runs, or all-in-one when the option is not a valid list. */
  static Services services(LintContext ctx) {
    return Services.parse(ctx.options().text("services").orElse(null)).orElse(Services.ALL);
  }

  /** The scalar under {@code key} as written, even when blank. */
  static Optional<ScalarNode> rawScalar(MapNode options, String key) {
    Optional<Node> value = options.get(key);
    return value.isPresent() && value.get() instanceof ScalarNode s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The scalar at {@code path} ({@code key} or {@code parent.child}) as written, even when blank;
   * empty when the target release does not read the key (unknown-key reports it then).
   */
  static Optional<ScalarNode> at(LintContext ctx, String path) {
    int dot = path.indexOf('.');
    String top = dot < 0 ? path : path.substring(0, dot);
    if (!readBy(ctx, top)) {
      return Optional.empty();
    }
    if (dot < 0) {
      return rawScalar(ctx.options(), path);
    }
    Optional<Node> parent = ctx.options().get(top);
    return parent.isPresent() && parent.get() instanceof MapNode m ? rawScalar(m, path.substring(dot + 1)) : Optional.empty();
  }

  /** Whether the target release reads the top-level {@code key}; other rules report keys it does not. */
  static boolean readBy(LintContext ctx, String key) {
    Optional<KeyDef> def = TopLevelKeys.find(key);
    return def.isPresent() && def.get().existsIn(ctx.version());
  }
}
