package io.github.pomeriumlint.filter;

import java.io.IOException;

/** A {@code .pomerium-lint.yaml} that cannot be used; the message names the file, line and column. */
public final class InvalidProjectConfigException extends IOException {
  public InvalidProjectConfigException(String message) {
    super(message);
  }
}
