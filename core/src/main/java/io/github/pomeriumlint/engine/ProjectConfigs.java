package io.github.pomeriumlint.engine;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.filter.ProjectConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the {@code .pomerium-lint.yaml} that applies to each input, reading each file once per run. */
final class ProjectConfigs {
  private final LintOptions options;
  private final Map<Path, ProjectConfig> loaded = new HashMap<>();
  private ProjectConfig explicit;

  ProjectConfigs(LintOptions options) {
    this.options = options;
  }

  /** The config for one input, and whether its ignore globs exclude the input. */
  record ForFile(ProjectConfig config, boolean ignored) {}

  ForFile forFile(SourceFile input) throws IOException {
    Optional<Path> file = input.location();
    ProjectConfig config;
    if (options.projectConfig().isPresent()) {
      if (explicit == null) {
        explicit = ProjectConfig.load(options.projectConfig().get());
      }
      config = explicit;
    } else if (options.discoverProjectConfig() && file.isPresent()) {
      Optional<Path> found = ProjectConfig.discover(file.get());
      config = found.isPresent() ? load(found.get()) : ProjectConfig.none(Path.of(""));
    } else {
      config = ProjectConfig.none(Path.of(""));
    }
    return new ForFile(config, file.isPresent() && config.ignores(file.get()));
  }

  private ProjectConfig load(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    ProjectConfig config = loaded.get(key);
    if (config == null) {
      config = ProjectConfig.load(file);
      loaded.put(key, config);
    }
    return config;
  }
}
