package io.github.pomeriumlint.benchmarks;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The whole lint of a config with N routes against snakeyaml-engine composing the same text (the
 * least any linter with positions must do). Targets: lint at most 1.5x the parse, and time
 * growing linearly with N.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap, touched before the first iteration: with the default heap, resizing, full
// collections and faults on fresh heap pages made the 10,000-route figures swing by a second.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class LintBenchmark {
  @Param({"100", "1000", "10000"})
  int routes;

  private String text;

  @Setup
  public void generate() {
    text = GeneratedConfig.withRoutes(routes);
  }

  @Benchmark
  public Optional<Node> parseOnly() {
    LoadSettings settings = LoadSettings.builder().setUseMarks(true).setCodePointLimit(Integer.MAX_VALUE).build();
    return new Compose(settings).composeString(text);
  }

  @Benchmark
  public LintResult lint() throws Exception {
    return PomeriumLint.lint("config.yaml", text, LintOptions.defaults());
  }
}
