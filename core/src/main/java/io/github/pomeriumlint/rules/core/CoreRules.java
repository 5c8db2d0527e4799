package io.github.pomeriumlint.rules.core;

import io.github.pomeriumlint.rules.Rule;
import java.util.List;

/** The rules about the document itself: syntax, shape, repeated keys. */
public final class CoreRules {
  private CoreRules() {}

  public static List<Rule> all() {
    return List.of(new YamlSyntax(), new EnvValue(), new EmptyFile(), new RootNotMapping(), new DuplicateKey());
  }
}
