package io.github.pomeriumlint.ppl;

import java.util.Locale;
import java.util.Optional;

/** What a rule does when it matches. Access needs at least one matching allow and no matching deny. */
public enum Action {
  ALLOW,
  DENY;

  private static final Action[] ALL = values();

  private final String keyword = name().toLowerCase(Locale.ROOT);

  /** The word as written in PPL. */
  public String keyword() {
    return keyword;
  }

  static Optional<Action> of(String keyword) {
    for (Action a : ALL) {
      if (a.keyword.equals(keyword)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
