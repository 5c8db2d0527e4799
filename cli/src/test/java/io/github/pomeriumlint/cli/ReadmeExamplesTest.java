package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every README example that shows a {@code $ ./pomerium-lint ...} command with its output is run
 * from the repository root, and its output must be what the README shows: the docs stay true.
 */
class ReadmeExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile("```console\n\\$ \\./pomerium-lint ([^\n|]+)\n((?:(?!```)[^\n]*\n)+)```");

  @TestFactory
  Stream<DynamicTest> readmeOutputsAreReal() throws Exception {
    Path root = TestPaths.repositoryRoot();
    String readme = Files.readString(root.resolve("README.md"));
    List<DynamicTest> tests = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(readme);
    while (m.find()) {
      String command = m.group(1).trim();
      String shown = m.group(2);
      if (shown.startsWith("$ ")) {
        continue; // a sequence of commands, not one command and its output
      }
      tests.add(DynamicTest.dynamicTest(command, () -> assertThat(run(root, command)).isEqualTo(shown)));
    }
    assertThat(tests).as("README examples with output").hasSizeGreaterThanOrEqualTo(3);
    return tests.stream();
  }

  /** The CLI in its own JVM, in the repository root, with no environment that changes output. */
  private static String run(Path root, String command) throws Exception {
    List<String> argv = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    argv.addAll(Arrays.asList(command.split(" +")));
    ProcessBuilder builder = new ProcessBuilder(argv).directory(root.toFile()).redirectErrorStream(true);
    builder.environment().remove("GITHUB_ACTIONS");
    builder.environment().remove("NO_COLOR");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
