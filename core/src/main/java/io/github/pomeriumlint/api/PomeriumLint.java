package io.github.pomeriumlint.api;

import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.engine.Inputs;
import io.github.pomeriumlint.engine.Linter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's entry points. For example, in a JUnit test of an infrastructure repository:
 *
 * <pre>{@code
 * LintResult result = PomeriumLint.lint(Path.of("pomerium/config.yaml"), LintOptions.defaults());
 * assertThat(result.diagnostics()).isEmpty();
 * }</pre>
 *
 * <p>Bad config content never throws: it becomes findings. Only an input that cannot be read at
 * all (a missing file) throws {@link IOException}.
 */
public final class PomeriumLint {
  private PomeriumLint() {}

  /** Lints one file. */
  public static LintResult lint(Path file, LintOptions options) throws IOException {
    return lint(List.of(file), options);
  }

  /** Lints several files in one run; findings come back in a stable order. */
  public static LintResult lint(List<Path> files, LintOptions options) throws IOException {
    List<SourceFile> inputs = new ArrayList<>(files.size());
    for (Path file : files) {
      inputs.add(Inputs.file(file, file.toString()));
    }
    return run(inputs, options);
  }

  /**
   * Lints several files, calling each in reports by its path relative to {@code baseDir} (its
   * absolute path when it lies elsewhere), so reports read the same wherever the run started.
   */
  public static LintResult lint(Path baseDir, List<Path> files, LintOptions options) throws IOException {
    Path base = baseDir.toAbsolutePath().normalize();
    List<SourceFile> inputs = new ArrayList<>(files.size());
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      String name = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
      inputs.add(Inputs.file(file, name));
    }
    return run(inputs, options);
  }

  /**
   * Lints text held in memory.
   *
   * @param name what reports call it; a name ending in {@code .json} is read as JSON
   */
  public static LintResult lint(String name, String text, LintOptions options) throws IOException {
    return run(List.of(SourceFile.of(name, text)), options);
  }

  /** Lints what a reader yields, read to its end. */
  public static LintResult lint(String name, Reader reader, LintOptions options) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) > 0; ) {
      text.append(buffer, 0, n);
    }
    return lint(name, text.toString(), options);
  }

  /** Lints raw bytes (stdin, say), reporting bytes that are not UTF-8 as a finding. */
  public static LintResult lint(String name, byte[] bytes, LintOptions options) throws IOException {
    return run(List.of(Inputs.stream(new ByteArrayInputStream(bytes), name)), options);
  }

  private static LintResult run(List<SourceFile> inputs, LintOptions options) throws IOException {
    return new Linter().lint(inputs, options, Inputs.environment(options));
  }
}
