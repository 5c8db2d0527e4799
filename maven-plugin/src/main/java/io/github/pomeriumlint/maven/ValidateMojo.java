package io.github.pomeriumlint.maven;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.filter.InvalidProjectConfigException;
import io.github.pomeriumlint.report.TextRenderer;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's Pomerium config files, logs every finding as {@code file:line:col [rule]
 * message}, writes a report file, and fails the build when findings reach {@code failOn}.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresDependencyResolution = ResolutionScope.NONE,
    threadSafe = true)
public final class ValidateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  /** Config files to lint, relative to the project folder. Each must exist. */
  @Parameter(property = "pomerium.files")
  private List<String> files;

  /**
   * Globs of config files under the project folder. Default, when neither {@code files} nor
   * {@code includes} is set: {@code pomerium*.yaml}, {@code pomerium*.yml},
   * {@code config/pomerium*.y*ml}.
   */
  @Parameter(property = "pomerium.includes")
  private List<String> includes;

  /** Globs of files under the project folder not to lint. */
  @Parameter(property = "pomerium.excludes")
  private List<String> excludes;

  @Parameter(property = "pomerium.skip", defaultValue = "false")
  private boolean skip;

  /** Findings at or above this severity fail the build: error, warning, info or none. */
  @Parameter(property = "pomerium.failOn", defaultValue = "error")
  private String failOn;

  /** The Pomerium release the config targets, e.g. 0.30 (default: the newest the linter knows). */
  @Parameter(property = "pomerium.pomeriumVersion")
  private String pomeriumVersion;

  /** Also run the checks that call Microsoft identity and Graph endpoints. */
  @Parameter(property = "pomerium.online", defaultValue = "false")
  private boolean online;

  /** Hosts ({@code host} or {@code host:port}) that online checks may send credentials to. */
  @Parameter(property = "pomerium.trustHosts")
  private List<String> trustHosts;

  /** Overrides the Microsoft Graph base URL of online checks. */
  @Parameter(property = "pomerium.graphUrl")
  private String graphUrl;

  /** The report file's format: sarif, json or text. */
  @Parameter(property = "pomerium.outputFormat", defaultValue = "sarif")
  private String outputFormat;

  /** The report file (default: {@code target/pomerium-lint.<format>}). */
  @Parameter(property = "pomerium.outputFile")
  private File outputFile;

  /** Overlay the build's environment variables as Pomerium binds them ({@code IDP_CLIENT_SECRET}, say). */
  @Parameter(property = "pomerium.useEnv", defaultValue = "false")
  private boolean useEnv;

  /** A dotenv file whose variables are overlaid after the environment. */
  @Parameter(property = "pomerium.envFile")
  private File envFile;

  /**
   * Read for {@code pomerium.env.NAME} properties (user properties over project properties), each
   * overlaid as the variable NAME. They are not parameters so that even {@code mvn -X}, which logs
   * every parameter's value, never shows a secret given this way.
   */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("Skipping pomerium-lint because skip is true (pomerium.skip)");
      return;
    }
    Severity threshold = threshold();
    ReportFormat format = reportFormat();
    LintOptions options = options();
    List<Path> inputs = inputs();
    if (inputs.isEmpty()) {
      log.info("No Pomerium config under " + baseDir + " matches " + ConfigFiles.DEFAULT_INCLUDES + "; nothing to lint");
      return;
    }

    Path root = sourceRoot();
    LintResult result = lint(root, inputs, options);
    result.diagnostics().forEach(this::logFinding);
    Path report = writeReport(result, format, root);
    String summary = TextRenderer.summary(result);
    log.info("pomerium-lint: " + summary + "; report: " + display(root, report));

    if (threshold != null && result.hasFindingsAtLeast(threshold)) {
      throw new MojoFailureException("pomerium-lint: " + summary + " (failOn = " + threshold.id() + ")");
    }
    if (!result.incomplete().isEmpty()) {
      result.incomplete().forEach(log::error);
      throw new MojoExecutionException("pomerium-lint: the online checks could not be completed");
    }
  }

  /** Where Maven was started: findings name files relative to it, as the compiler's messages do. */
  private Path sourceRoot() {
    return (executionRoot != null ? executionRoot : baseDir).toPath();
  }

  private LintResult lint(Path root, List<Path> inputs, LintOptions options) throws MojoExecutionException {
    try {
      return PomeriumLint.lint(root, inputs, options);
    } catch (InvalidProjectConfigException e) {
      throw new MojoExecutionException("pomerium-lint: " + e.getMessage(), e);
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "" : ": " + e.getReason();
      throw new MojoExecutionException("pomerium-lint: cannot read " + e.getFile() + reason, e);
    } catch (IOException e) {
      throw new MojoExecutionException("pomerium-lint: cannot read the config: " + e.getMessage(), e);
    }
  }

  private void logFinding(Diagnostic d) {
    Log log = getLog();
    Consumer<CharSequence> sink = switch (d.severity()) {
      case ERROR -> log::error;
      case WARNING -> log::warn;
      case INFO -> log::info;
    };
    sink.accept(d.file() + ":" + d.line() + ":" + d.column() + " [" + d.rule() + "] " + d.message());
    if (d.hint() != null) {
      sink.accept("    hint: " + d.hint());
    }
  }

  private List<Path> inputs() throws MojoExecutionException {
    ConfigFiles config = new ConfigFiles(baseDir.toPath(), buildDirectory.toPath());
    List<String> named = nonNull(files);
    List<String> globs = nonNull(includes);
    boolean chosen = !named.isEmpty() || !globs.isEmpty();
    if (!chosen) {
      globs = ConfigFiles.DEFAULT_INCLUDES;
    }
    Set<Path> selected = new LinkedHashSet<>();
    for (Path file : config.named(named)) {
      if (!Files.isRegularFile(file)) {
        throw new MojoExecutionException("pomerium-lint: " + file + " (from files) does not exist or is not a file");
      }
      selected.add(file);
    }
    try {
      selected.addAll(config.matching(globs, nonNull(excludes)));
    } catch (IOException e) {
      throw new MojoExecutionException("pomerium-lint: cannot search " + baseDir + ": " + e.getMessage(), e);
    }
    if (selected.isEmpty() && chosen) {
      throw new MojoExecutionException(
          "pomerium-lint: no file under " + baseDir + " matches includes " + globs + " (excludes " + nonNull(excludes) + ")");
    }
    return new ArrayList<>(selected);
  }

  private LintOptions options() throws MojoExecutionException {
    LintOptions.Builder b = LintOptions.builder();
    if (pomeriumVersion != null && !pomeriumVersion.isBlank()) {
      try {
        b.pomeriumVersion(pomeriumVersion);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("pomerium-lint: pomeriumVersion " + e.getMessage());
      }
    }
    Map<String, String> variables = new LinkedHashMap<>();
    if (useEnv) {
      variables.putAll(System.getenv());
    }
    variables.putAll(EnvProperties.variables(project.getProperties()));
    variables.putAll(EnvProperties.variables(session.getUserProperties()));
    b.environment(variables);
    if (envFile != null) {
      if (!envFile.isFile()) {
        throw new MojoExecutionException("pomerium-lint: envFile " + envFile + " does not exist or is not a file");
      }
      b.envFile(envFile.toPath());
    }
    b.online(online);
    nonNull(trustHosts).stream().map(String::trim).filter(h -> !h.isEmpty()).forEach(b::trustHost);
    if (graphUrl != null && !graphUrl.isBlank()) {
      b.graphUrl(graphUrl.trim());
    }
    return b.build();
  }

  /** The severity that fails the build, or null for {@code none}. */
  private Severity threshold() throws MojoExecutionException {
    if (failOn.trim().equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("pomerium-lint: failOn must be error, warning, info or none, not '" + failOn + "'");
    }
  }

  private ReportFormat reportFormat() throws MojoExecutionException {
    try {
      return ReportFormat.parse(outputFormat);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("pomerium-lint: " + e.getMessage());
    }
  }

  private Path writeReport(LintResult result, ReportFormat format, Path root) throws MojoExecutionException {
    Path file = outputFile != null ? outputFile.toPath() : buildDirectory.toPath().resolve(format.defaultFileName());
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        format.renderer(root).render(result, out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("pomerium-lint: cannot write the report " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static Path display(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }
}
