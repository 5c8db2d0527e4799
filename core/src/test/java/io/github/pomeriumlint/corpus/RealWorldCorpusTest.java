package io.github.pomeriumlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints the real-world configs in ../shared/corpus/real-world (read in place, never copied) and
 * checks VERDICTS.tsv: no error on a config Pomerium loads, at least one error of the stated kind
 * on one it refuses.
 */
class RealWorldCorpusTest {

  /** Rows whose reason needs rules that have not landed yet (see the routes issue). */
  private static final Set<String> PENDING = Set.of();

  record Verdict(String id, String expect, String needs, String why) {}

  @TestFactory
  Stream<DynamicTest> verdictsHold() throws IOException {
    Optional<Path> shared = TestPaths.shared();
    assumeTrue(shared.isPresent(), "../shared is absent: the real-world corpus cannot be read here");
    Path corpus = shared.get().resolve("corpus/real-world");
    assumeTrue(Files.isRegularFile(corpus.resolve("VERDICTS.tsv")), "no VERDICTS.tsv in " + corpus);
    List<Verdict> verdicts =
        Files.readAllLines(corpus.resolve("VERDICTS.tsv")).stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .map(l -> l.split("\t", 4))
            .map(f -> new Verdict(f[0], f[1], f[2], f[3]))
            .toList();
    return verdicts.stream()
        .filter(v -> !v.expect().equals("skip"))
        .map(v -> DynamicTest.dynamicTest(v.id() + " " + v.expect() + ": " + v.why(), () -> check(corpus, v)));
  }

  private static void check(Path corpus, Verdict v) throws IOException {
    assumeTrue(!PENDING.contains(v.id()), "pending: needs rules from a later issue");
    Path file = findFile(corpus, v.id());
    LintResult result = PomeriumLint.lint(file, LintOptions.defaults());
    List<Diagnostic> errors =
        result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (v.expect().equals("ok")) {
      assertThat(errors).as("errors in %s, which Pomerium loads", file.getFileName()).isEmpty();
    } else {
      assertThat(errors).as("errors in %s, which Pomerium refuses: %s", file.getFileName(), v.why()).isNotEmpty();
    }
  }

  private static Path findFile(Path corpus, String id) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(f -> f.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
    }
  }
}
