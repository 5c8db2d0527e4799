package io.github.pomeriumlint.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A report or baseline file that cannot be written; kept apart from inputs that cannot be read. */
final class CannotWriteException extends IOException {
  CannotWriteException(Path file, IOException cause) {
    super("cannot write " + file + ": " + reason(cause), cause);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage();
  }
}
