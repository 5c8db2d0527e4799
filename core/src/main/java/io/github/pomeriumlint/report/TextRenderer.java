package io.github.pomeriumlint.report;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import java.io.IOException;
import java.util.Optional;

/**
 * For people: {@code file:line:col: severity [rule] message}, the offending line with a caret
 * underline, the hint, and a summary line. Colour only when asked (the CLI asks on a terminal
 * without NO_COLOR).
 */
public final class TextRenderer implements Renderer {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private final boolean color;

  public TextRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public void render(LintResult result, Appendable out) throws IOException {
    for (Diagnostic d : result.diagnostics()) {
      out.append(paint(BOLD, d.file() + ":" + d.line() + ":" + d.column() + ":"))
          .append(' ')
          .append(paint(colorOf(d.severity()), d.severity().id()))
          .append(' ')
          .append(paint(DIM, "[" + d.rule() + "]"))
          .append(' ')
          .append(d.message())
          .append('\n');
      snippet(result, d, out);
      if (d.hint() != null) {
        out.append("  = hint: ").append(d.hint()).append('\n');
      }
    }
    out.append(summary(result)).append('\n');
  }

  private void snippet(LintResult result, Diagnostic d, Appendable out) throws IOException {
    Optional<String> line = result.sourceLine(d.file(), d.line());
    if (line.isEmpty()) {
      return;
    }
    String text = line.get().replace('\t', ' ');
    String gutter = String.valueOf(d.line());
    out.append("  ").append(gutter).append(" | ").append(text).append('\n');
    int start = Math.min(Math.max(d.column(), 1), text.length() + 1);
    int end = d.endLine() == d.line() ? Math.min(d.endColumn(), text.length() + 1) : text.length() + 1;
    int width = Math.max(1, end - start);
    out.append("  ")
        .append(" ".repeat(gutter.length()))
        .append(" | ")
        .append(" ".repeat(start - 1))
        .append(paint(colorOf(d.severity()), "^" + "~".repeat(width - 1)))
        .append('\n');
  }

  /** {@code 1 error, 0 warnings, 0 info in 1 file}, or {@code no problems found in 1 file}. */
  public static String summary(LintResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    String files = result.files() == 1 ? "1 file" : result.files() + " files";
    String suppressed = result.suppressed().isEmpty() ? "" : " (" + result.suppressed().size() + " suppressed)";
    if (errors + warnings + infos == 0) {
      return "no problems found in " + files + suppressed;
    }
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
        + " in " + files + suppressed;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

}
