package io.github.pomeriumlint.precommit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher passes the build's class-data archive to the JDK that made it and to no other: a
 * static archive replaces the JDK's own, so another JVM handed it would run without any.
 */
class LauncherIT {
  private static final Path REPOSITORY = Path.of(System.getProperty("pomeriumlint.repository")).normalize();
  private static final Path CLI_JAR = Path.of(System.getProperty("pomeriumlint.cliJar")).normalize();
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @TempDir Path work;

  @BeforeAll
  static void needsTheBuild() throws IOException {
    Path recorded = CLI_JAR.resolveSibling("pomerium-lint.jsa.java-home");
    assertThat(CLI_JAR.resolveSibling("pomerium-lint.jsa")).as("the archive the cli module made").isRegularFile();
    assertThat(Path.of(Files.readString(recorded).trim(), "bin", "java")).as("this JDK made the archive")
        .satisfies(java -> assertThat(Files.isSameFile(java, JAVA_HOME.resolve("bin/java"))).isTrue());
  }

  @Test
  void theJdkThatMadeTheArchiveLoadsTheCliFromIt() throws Exception {
    assertThat(mainClassSource(JAVA_HOME)).isEqualTo("shared objects file");
  }

  @Test
  void anotherJdkRunsWithoutIt() throws Exception {
    // another JDK, as far as the launcher can tell: a java of its own that hands over to this one
    Path other = work.resolve("other-jdk");
    Files.createDirectories(other.resolve("bin"));
    Path java = Files.writeString(other.resolve("bin/java"), "#!/bin/sh\nexec '" + JAVA_HOME.resolve("bin/java") + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(mainClassSource(other)).startsWith("file:").endsWith("pomerium-lint.jar");
  }

  /** Where the JVM the launcher starts took the CLI's main class from, as its class-load log says. */
  private String mainClassSource(Path javaHome) throws IOException, InterruptedException {
    Path log = work.resolve("classes-" + javaHome.getFileName() + ".log");
    ProcessBuilder builder = new ProcessBuilder(REPOSITORY.resolve("pomerium-lint").toString(), "--version")
        .redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", javaHome.toString());
    env.put("POMERIUM_LINT_JAR", CLI_JAR.toString());
    env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
    Process process = builder.start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(work.resolve("out.txt"))).isZero();
    return Files.readAllLines(log).stream()
        .filter(line -> line.contains(" io.github.pomeriumlint.cli.Main source: "))
        .map(line -> line.substring(line.indexOf(" source: ") + " source: ".length()).trim())
        .findFirst().orElseThrow();
  }
}
