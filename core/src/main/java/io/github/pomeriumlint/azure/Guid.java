package io.github.pomeriumlint.azure;

import java.util.regex.Pattern;

/** The shape of Entra ID identifiers: tenant, application (client), object and group ids. */
public final class Guid {
  private static final Pattern SHAPE =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Guid() {}

  /** Whether {@code text} is a GUID in the 8-4-4-4-12 form Azure prints (no braces). */
  public static boolean is(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }
}
