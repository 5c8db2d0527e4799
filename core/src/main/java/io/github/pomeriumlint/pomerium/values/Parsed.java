package io.github.pomeriumlint.pomerium.values;

import java.util.Objects;
import java.util.Optional;

/**
 * A value read the way Pomerium's Go code reads it, or why it could not be. The error is worded
 * for a message and never repeats the input (the input may be a secret).
 */
public record Parsed<T>(T value, String error) {

  public Parsed {
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of value and error");
    }
  }

  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(Objects.requireNonNull(value), null);
  }

  public static <T> Parsed<T> fail(String error) {
    return new Parsed<>(null, Objects.requireNonNull(error));
  }

  public boolean isOk() {
    return error == null;
  }

  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }
}
