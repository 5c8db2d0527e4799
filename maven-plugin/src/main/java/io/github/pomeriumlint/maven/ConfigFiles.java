package io.github.pomeriumlint.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which files to lint: the ones named, plus those under the base folder that match an include
 * glob and no exclude glob. Globs are relative to the base folder with {@code /} separators;
 * {@code **} crosses folders and, as in Ant, a leading {@code **}{@code /} also matches none.
 * Hidden folders and the build folder are never searched.
 */
final class ConfigFiles {
  static final List<String> DEFAULT_INCLUDES =
      List.of("pomerium*.yaml", "pomerium*.yml", "config/pomerium*.y*ml");

  private final Path baseDir;
  private final Path skippedDir;

  /**
   * @param skippedDir a folder whose contents are build output, not config (the build directory)
   */
  ConfigFiles(Path baseDir, Path skippedDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.skippedDir = skippedDir.toAbsolutePath().normalize();
  }

  /** Named files, resolved against the base folder. */
  List<Path> named(List<String> files) {
    List<Path> paths = new ArrayList<>();
    for (String file : files) {
      paths.add(baseDir.resolve(file.trim()).normalize());
    }
    return paths;
  }

  /** The files that match, sorted, so reports and logs come out in the same order every run. */
  List<Path> matching(List<String> includes, List<String> excludes) throws IOException {
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    TreeSet<Path> found = new TreeSet<>();
    if (!Files.isDirectory(baseDir)) {
      return List.of();
    }
    Files.walkFileTree(baseDir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean hidden = !dir.equals(baseDir) && dir.getFileName().toString().startsWith(".");
          return hidden || dir.equals(skippedDir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Path relative = baseDir.relativize(file);
          if (attrs.isRegularFile() && anyMatches(in, relative) && !anyMatches(out, relative)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // an unreadable corner of the tree holds no config we were asked for
        }
    });
    return List.copyOf(found);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      String trimmed = glob.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
      if (trimmed.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed.substring(3)));
      }
    }
    return matchers;
  }

  private static boolean anyMatches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }
}
