package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import java.util.Optional;

/**
 * One test of a request, e.g. {@code email: {is: a@example.com}} or {@code claim/groups: admins}.
 *
 * @param name the criterion name, lower case ({@code claim} of {@code claim/groups})
 * @param subPath what follows the first {@code /} of the key, if there is a {@code /}
 * @param keyNode the key as written, or the route field a legacy criterion comes from
 * @param value the data the criterion is given (a scalar, a list or a mapping of matchers)
 * @param legacy whether it was built from a legacy route field ({@code allowed_users}, ...) rather
 *     than written in PPL
 */
public record Criterion(String name, Optional<String> subPath, ScalarNode keyNode, Node value, boolean legacy) {

  /** The key as Pomerium reads it: {@code name} or {@code name/subPath}. */
  public String key() {
    return subPath.map(p -> name + "/" + p).orElse(name);
  }
}
