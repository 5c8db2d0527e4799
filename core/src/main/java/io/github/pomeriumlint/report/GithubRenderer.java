package io.github.pomeriumlint.report;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the changed lines:
 * {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=[rule]::message}, then the
 * summary line. Suppressed findings are left out. GitHub turns at most 10 commands of each kind
 * into annotations per step and drops the rest silently; when a kind has more, a notice comes first
 * to say so (the step's log still shows every finding).
 */
public final class GithubRenderer implements Renderer {
  /** Annotations of one kind (error, warning, notice) GitHub shows per step. */
  static final int ANNOTATIONS_PER_KIND = 10;

  private final Path base;

  /** File names are made relative to the current folder, which in a workflow is the checkout. */
  public GithubRenderer() {
    this(Path.of(""));
  }

  public GithubRenderer(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  @Override
  public void render(LintResult result, Appendable out) throws IOException {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long notices = result.count(Severity.INFO) + 1; // this notice takes a place too
    if (errors > ANNOTATIONS_PER_KIND || warnings > ANNOTATIONS_PER_KIND || notices > ANNOTATIONS_PER_KIND) {
      out.append("::notice title=").append(property("pomerium-lint"))
          .append("::").append(data("GitHub shows " + ANNOTATIONS_PER_KIND + " annotations of each kind per step, and this step has "
              + TextRenderer.summary(result) + ": the step's log lists every finding"))
          .append('\n');
    }
    for (Diagnostic d : result.diagnostics()) {
      out.append("::").append(command(d)).append(' ');
      if (!d.file().startsWith("env:")) {
        out.append("file=").append(property(relative(d.file())))
            .append(",line=").append(String.valueOf(d.line()))
            .append(",col=").append(String.valueOf(d.column()))
            .append(",endLine=").append(String.valueOf(d.endLine()))
            .append(",endColumn=").append(String.valueOf(d.endColumn()))
            .append(',');
      }
      String where = d.file().startsWith("env:") ? d.file() + ": " : "";
      String hint = d.hint() == null ? "" : "\n" + "hint: " + d.hint();
      out.append("title=").append(property("pomerium-lint [" + d.rule() + "]"))
          .append("::").append(data(where + d.message() + hint))
          .append('\n');
    }
    out.append(TextRenderer.summary(result)).append('\n');
  }

  private static String command(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private String relative(String file) {
    try {
      Path absolute = Path.of(file).toAbsolutePath().normalize();
      return absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/') : file;
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /** Escapes a message as the runner expects (actions/toolkit escapeData). */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value (actions/toolkit escapeProperty). */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
