package io.github.pomeriumlint.troubleshoot;

/** The directory could not say who the user is: unreachable, refused, or no such user. The message holds no secret. */
public final class LookupFailed extends Exception {
  public LookupFailed(String message) {
    super(message, null, false, false);
  }
}
