package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Same input, byte-identical output: across runs, argument order aside, and concurrent runs. */
class DeterminismTest {

  private static List<String> fixtureArguments() throws Exception {
    try (Stream<Path> files = Files.walk(TestPaths.testdata().resolve("fixtures"))) {
      return files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyFormatIsByteIdenticalAcrossSerialAndConcurrentRuns(OutputFormat format) throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "--format", format.name(), "--fail-on", "none"));
    args.addAll(fixtureArguments());
    String[] argv = args.toArray(String[]::new);
    String first = CliRun.of(argv).out();
    assertThat(first).isNotBlank();
    assertThat(CliRun.of(argv).out()).isEqualTo(first);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> CliRun.of(argv).out()));
      }
      for (Future<String> run : runs) {
        assertThat(run.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
