package io.github.pomeriumlint.precommit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code pre-commit try-repo} against this repository's {@code .pre-commit-hooks.yaml}
 * in a scratch git repository. pre-commit runs the launcher from its own clone; the launcher runs
 * the CLI jar this build made (POMERIUM_LINT_JAR) instead of building one in the clone.
 */
class PreCommitHookIT {
  private static final Path REPOSITORY = Path.of(System.getProperty("pomeriumlint.repository")).normalize();
  private static final Path CLI_JAR = Path.of(System.getProperty("pomeriumlint.cliJar")).normalize();

  @TempDir Path work;

  @BeforeAll
  static void needsPreCommit() {
    assumeTrue(onPath("pre-commit"), "the pre-commit program is not installed (.ci/run installs Debian's package)");
    assertThat(CLI_JAR).as("the CLI jar the reactor built").isRegularFile();
  }

  @Test
  void hookPassesAGoodConfigAndFailsABadOneWithThePositionedFinding() throws Exception {
    Path project = work.resolve("project");
    Files.createDirectories(project.resolve("config"));
    Files.copy(REPOSITORY.resolve("testdata/azure/config.yaml"), project.resolve("pomerium.yaml"));
    Files.writeString(project.resolve("config/pomerium-bad.yaml"), "address: :443\naddress: :8443\n");
    // not a Pomerium config name: the hook must leave it alone, broken as it is
    Files.writeString(project.resolve("values.yaml"), "address: :443\naddress: :8443\n");
    run(project, "git", "-c", "init.defaultBranch=main", "init", "-q");
    run(project, "git", "add", "-A");

    // every hook of the repository at the commit stage: the online one is manual only
    Result good = tryRepo(project, List.of(), "pomerium.yaml", "values.yaml");
    assertThat(good.exitCode()).as(good.output()).isZero();
    assertThat(good.output()).containsPattern("pomerium-lint\\.+Passed").doesNotContain("(online Azure AD checks)");

    Result bad = tryRepo(project, List.of("pomerium-lint"), "config/pomerium-bad.yaml");
    assertThat(bad.exitCode()).as(bad.output()).isEqualTo(1);
    assertThat(bad.output())
        .containsPattern("pomerium-lint\\.+Failed")
        .contains("config/pomerium-bad.yaml:2:1: error [duplicate-key] key 'address' is already defined at line 1");
  }

  private Result tryRepo(Path project, List<String> hookIds, String... files) throws Exception {
    List<String> command = new ArrayList<>(List.of("pre-commit", "try-repo", REPOSITORY.toString()));
    command.addAll(hookIds);
    command.add("--files");
    command.addAll(List.of(files));
    return run(project, command.toArray(String[]::new));
  }

  private Result run(Path dir, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(work, "output", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("PRE_COMMIT_HOME", work.resolve("pre-commit-home").toString());
    env.put("POMERIUM_LINT_JAR", CLI_JAR.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("NO_COLOR", "1");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes");
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private record Result(int exitCode, String output) {}
}
