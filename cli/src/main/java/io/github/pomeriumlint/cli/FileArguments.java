package io.github.pomeriumlint.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns FILE arguments into files: a file as it is; a directory recursively, taking the files
 * named like Pomerium configs; a glob ({@code configs/**}{@code /*.yaml}) every file it matches.
 * Order follows the arguments, each expansion sorted by path, without duplicates.
 */
final class FileArguments {
  /** Names a directory walk picks up: pomerium*.yaml|yml|json anywhere, config*.… in a pomerium* folder. */
  static final String NAMING = "pomerium*.yaml, pomerium*.yml, pomerium*.json anywhere, and config*.yaml, "
      + "config*.yml, config*.json in a folder named pomerium*";
  private static final Pattern POMERIUM = Pattern.compile("pomerium[^/]*\\.(ya?ml|json)");
  private static final Pattern CONFIG = Pattern.compile("config[^/]*\\.(ya?ml|json)");

  private FileArguments() {}

  static List<Path> expand(List<String> arguments) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (String argument : arguments) {
      List<Path> found;
      if (isGlob(argument)) {
        found = glob(argument);
      } else {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
          found = walk(path, FileArguments::looksLikeConfig);
        } else if (Files.isRegularFile(path)) {
          found = List.of(path);
        } else {
          throw new NoSuchFileException(argument);
        }
      }
      if (found.isEmpty()) {
        throw new NoSuchFileException(argument, null, "no Pomerium config files match (" + NAMING + ")");
      }
      files.addAll(found);
    }
    return List.copyOf(files);
  }

  static boolean looksLikeConfig(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (POMERIUM.matcher(name).matches()) {
      return true;
    }
    Path parent = file.getParent();
    return CONFIG.matcher(name).matches()
        && parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("pomerium");
  }

  private static boolean isGlob(String argument) {
    for (int i = 0; i < argument.length(); i++) {
      if ("*?[{".indexOf(argument.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Walks from the part of the pattern before its first wildcard. */
  private static List<Path> glob(String pattern) throws IOException {
    String normalised = pattern.replace('\\', '/');
    int wildcard = firstWildcard(normalised);
    int slash = normalised.lastIndexOf('/', wildcard);
    Path base = slash < 0 ? Path.of("") : Path.of(normalised.substring(0, slash + 1));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalised);
    if (!Files.isDirectory(base.toString().isEmpty() ? Path.of(".") : base)) {
      return List.of();
    }
    return walk(base, file -> matcher.matches(file));
  }

  private static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
        return i;
      }
    }
    return pattern.length();
  }

  private static List<Path> walk(Path root, java.util.function.Predicate<Path> wanted) throws IOException {
    Path start = root.toString().isEmpty() ? Path.of(".") : root;
    List<Path> found = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(start)) {
      paths.filter(Files::isRegularFile)
          .map(p -> root.toString().isEmpty() ? start.relativize(p) : p)
          .filter(p -> !hidden(root, p))
          .filter(wanted)
          .forEach(found::add);
    }
    found.sort(null);
    return found;
  }

  /** Skips .git and other hidden folders below the root. */
  private static boolean hidden(Path root, Path file) {
    Path relative = root.toString().isEmpty() ? file : root.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
