package io.github.pomeriumlint.report;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the changed lines:
 * {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=[rule]::message}, then the
 * summary line. Suppressed findings are left out.
 */
public final class GithubRenderer implements Renderer {
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
