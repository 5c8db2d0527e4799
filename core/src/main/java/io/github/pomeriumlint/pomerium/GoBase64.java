package io.github.pomeriumlint.pomerium;

import java.util.Base64;
import java.util.Optional;

/**
 * Go's {@code base64.StdEncoding.DecodeString}, which Pomerium uses for inline certificates: the
 * standard alphabet with padding required; line breaks are skipped.
 */
public final class GoBase64 {
  private GoBase64() {}

  public static Optional<byte[]> decode(String text) {
    String compact = text.replace("\r", "").replace("\n", "");
    if (compact.length() % 4 != 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getDecoder().decode(compact));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
