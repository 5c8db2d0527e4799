package io.github.pomeriumlint.cli;

import io.github.pomeriumlint.filter.InvalidProjectConfigException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of failures, for people: never a stack trace. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException n && n.getReason() != null) {
      return n.getFile() + ": " + n.getReason();
    }
    if (e instanceof NoSuchFileException n) {
      return "cannot read " + n.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException a) {
      return "cannot read " + a.getFile() + ": permission denied";
    }
    if (e instanceof CannotWriteException) {
      return e.getMessage();
    }
    if (e instanceof InvalidProjectConfigException) {
      return e.getMessage();
    }
    if (e instanceof java.io.IOException) {
      return "cannot read input: " + e.getMessage();
    }
    return "internal error (" + e.getClass().getSimpleName() + "); please report it";
  }
}
