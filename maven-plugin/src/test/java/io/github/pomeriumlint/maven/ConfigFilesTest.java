package io.github.pomeriumlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {
  @TempDir Path base;
  private ConfigFiles files;

  @BeforeEach
  void tree() throws IOException {
    for (String name : List.of(
        "pomerium.yaml", "pomerium-prod.yml", "pomerium.json", "values.yaml",
        "config/pomerium.yaml", "config/pomerium-dev.yml", "config/nested/pomerium.yaml",
        "deploy/eu/pomerium.yaml", "target/pomerium.yaml", ".git/pomerium.yaml")) {
      Path file = base.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "{}\n");
    }
    files = new ConfigFiles(base, base.resolve("target"));
  }

  @Test
  void defaultIncludesFindTopLevelAndConfigFolderYamlOnly() throws IOException {
    assertThat(relative(files.matching(ConfigFiles.DEFAULT_INCLUDES, List.of())))
        .containsExactly("config/pomerium-dev.yml", "config/pomerium.yaml", "pomerium-prod.yml", "pomerium.yaml");
  }

  @Test
  void leadingDoubleStarAlsoMatchesTheBaseFolderButNeverTheBuildOrHiddenFolders() throws IOException {
    assertThat(relative(files.matching(List.of("**/pomerium.yaml"), List.of())))
        .containsExactly("config/nested/pomerium.yaml", "config/pomerium.yaml", "deploy/eu/pomerium.yaml", "pomerium.yaml");
  }

  @Test
  void excludesWin() throws IOException {
    assertThat(relative(files.matching(List.of("**/pomerium.yaml"), List.of("config/**", " "))))
        .containsExactly("deploy/eu/pomerium.yaml", "pomerium.yaml");
  }

  @Test
  void namedFilesResolveAgainstTheBaseFolder() {
    assertThat(files.named(List.of(" config/pomerium.yaml", "/abs/pomerium.yaml")))
        .containsExactly(base.resolve("config/pomerium.yaml").toAbsolutePath(), Path.of("/abs/pomerium.yaml"));
  }

  private List<String> relative(List<Path> found) {
    return found.stream().map(p -> base.relativize(p).toString().replace('\\', '/')).toList();
  }
}
