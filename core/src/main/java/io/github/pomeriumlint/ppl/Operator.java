package io.github.pomeriumlint.ppl;

import java.util.Locale;
import java.util.Optional;

/** How a condition combines its criteria. Operators do not nest: their items are criteria only. */
public enum Operator {
  /** All criteria match. */
  AND,
  /** At least one criterion matches. */
  OR,
  /** No criterion matches. */
  NOT,
  /** Not all criteria match. */
  NOR;

  private static final Operator[] ALL = values();

  private final String keyword = name().toLowerCase(Locale.ROOT);

  /** The word as written in PPL. */
  public String keyword() {
    return keyword;
  }

  static Optional<Operator> of(String keyword) {
    for (Operator o : ALL) {
      if (o.keyword.equals(keyword)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} is an operator keyword (used by mistake as a criterion when nesting). */
  public static boolean isKeyword(String name) {
    return of(name).isPresent();
  }
}
