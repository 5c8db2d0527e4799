package io.github.pomeriumlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offline {@code check} with text output, in a JVM of its own, loads none of the machinery it
 * does not use: start-up time is mostly class loading.
 */
class StartupClassesTest {
  private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) ");

  @Test
  void anOfflineTextCheckLoadsNoOnlineDatabindOrTroubleshootClasses(@TempDir Path dir) throws Exception {
    List<String> loaded = classesLoadedBy(dir, "check", TestPaths.testdata().resolve("azure/config.yaml").toString());

    assertThat(loaded).contains(CheckCommand.class.getName());
    assertThat(loaded)
        .noneMatch(c -> c.startsWith("okhttp3.") || c.startsWith("kotlin.") || c.startsWith("com.nimbusds."))
        .noneMatch(c -> c.startsWith("com.fasterxml.jackson.databind."))
        // picocli reflecting over the troubleshoot command would load the types of its fields
        .noneMatch(c -> c.startsWith("io.github.pomeriumlint.online.") || c.startsWith("io.github.pomeriumlint.troubleshoot."))
        // picocli's converters for java.time and java.sql types no option has (Main leaves them out)
        .noneMatch(c -> c.startsWith("java.time.format.") || c.startsWith("java.sql."));
  }

  private static List<String> classesLoadedBy(Path dir, String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off",
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor()).as(Files.readString(dir.resolve("out.txt"))).isZero();
    Matcher m = LOADED.matcher(Files.readString(log));
    List<String> classes = new ArrayList<>();
    while (m.find()) {
      classes.add(m.group(1));
    }
    return classes;
  }
}
