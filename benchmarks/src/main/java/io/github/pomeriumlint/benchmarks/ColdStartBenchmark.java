package io.github.pomeriumlint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;

/**
 * Cold start of the launcher against a JVM that only prints "hello", on the JDK that runs this.
 * Rounds interleave the commands, so that a change in the machine's load hits all of them alike;
 * the ratios of the medians and of the minimums are what to compare. Run it from the project
 * folder after a build: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.pomeriumlint.benchmarks.ColdStartBenchmark [ROUNDS]}.
 */
public final class ColdStartBenchmark {
  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("hello JVM", List.of(java, "-cp", helloClassFolder().toString(), "Hello"));
    commands.put("check testdata/azure/config.yaml", List.of("./pomerium-lint", "check", "testdata/azure/config.yaml"));
    commands.put("--version", List.of("./pomerium-lint", "--version"));

    Map<String, long[]> nanos = new LinkedHashMap<>();
    commands.keySet().forEach(name -> nanos.put(name, new long[rounds]));
    for (List<String> command : commands.values()) {
      run(command); // warm the file cache; a first build by the launcher happens here too
    }
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, List<String>> command : commands.entrySet()) {
        nanos.get(command.getKey())[round] = run(command.getValue());
      }
    }

    System.out.printf("%d interleaved rounds on %s %s, %d processors%n",
        rounds, System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    long[] hello = nanos.get("hello JVM");
    for (Map.Entry<String, long[]> result : nanos.entrySet()) {
      long[] times = result.getValue();
      System.out.printf("%-36s median %6.1f ms (%4.2fx)   min %6.1f ms (%4.2fx)%n", result.getKey(),
          median(times) / 1e6, (double) median(times) / median(hello), min(times) / 1e6, (double) min(times) / min(hello));
    }
  }

  /** Compiles a class that prints "hello" into a fresh folder. */
  private static Path helloClassFolder() throws IOException {
    Path folder = Files.createTempDirectory("cold-start");
    Path source = Files.writeString(folder.resolve("Hello.java"),
        "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", folder.toString(), source.toString()) != 0) {
      throw new IllegalStateException("javac failed on " + source);
    }
    return folder;
  }

  /** Wall time of one run, output discarded; a failing command stops the benchmark. */
  private static long run(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int exit = process.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
    }
    return elapsed;
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long min(long[] times) {
    return Arrays.stream(times).min().orElseThrow();
  }
}
