package io.github.pomeriumlint.pomerium.values;

import java.util.Base64;

/**
 * Go's {@code base64.StdEncoding.DecodeString}: the standard alphabet with '=' padding required,
 * line breaks ({@code \r}, {@code \n}) skipped, anything else an error. Java's decoders differ (they
 * accept missing padding or reject line breaks), hence this check before decoding.
 */
public final class GoBase64 {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private GoBase64() {}

  public static Parsed<byte[]> decodeStd(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    int padding = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        continue;
      }
      if (c == '=') {
        padding++;
      } else if (padding > 0 || ALPHABET.indexOf(c) < 0) {
        return Parsed.fail("is not base64 (illegal data at input byte " + i + ")");
      }
      clean.append(c);
    }
    if (clean.length() % 4 != 0 || padding > 2) {
      return Parsed.fail("is not base64 (its length is not a multiple of 4 with '=' padding)");
    }
    return Parsed.ok(Base64.getDecoder().decode(clean.toString()));
  }

  /** {@code base64.RawURLEncoding}: the URL alphabet, no padding, no line breaks. */
  public static Parsed<byte[]> decodeRawUrl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
        return Parsed.fail("is not unpadded URL-safe base64 (bad character at byte " + i + ")");
      }
    }
    if (text.length() % 4 == 1) {
      return Parsed.fail("is not unpadded URL-safe base64 (its length is wrong)");
    }
    return Parsed.ok(Base64.getUrlDecoder().decode(text));
  }
}
