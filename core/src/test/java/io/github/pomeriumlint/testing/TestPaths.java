package io.github.pomeriumlint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository's test data and the workplace's shared folder are, seen from a module. */
public final class TestPaths {
  private TestPaths() {}

  /** The repository root: the nearest folder up from the module that holds testdata/. */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("testdata"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no testdata/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  public static Path testdata() {
    return repositoryRoot().resolve("testdata");
  }

  /** ../shared beside the repository, where the real-world corpus and the SARIF schema live. */
  public static Optional<Path> shared() {
    Path shared = repositoryRoot().resolveSibling("shared");
    return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
  }

  /** Writes {@code text} to {@code name} under {@code dir}, creating the folders it names. */
  public static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
