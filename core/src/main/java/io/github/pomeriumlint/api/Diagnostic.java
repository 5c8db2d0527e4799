package io.github.pomeriumlint.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One finding: which rule, how severe, where (1-based line and column, inclusive start and
 * exclusive end column) and what to do about it. Messages and hints never contain secrets.
 *
 * @param file the file as given on the command line, or {@code env:NAME} for a value that came
 *     from the environment variable NAME
 * @param path where in the document, e.g. {@code routes[3].policy.allow.or[0]}; empty for the
 *     whole document
 * @param hint how to fix it, or {@code null}
 */
public record Diagnostic(
    String rule,
    Severity severity,
    String file,
    int line,
    int column,
    int endLine,
    int endColumn,
    String path,
    String message,
    String hint) {

  /** The order of every report: file, line, column, rule, then the rest for a total order. */
  public static final Comparator<Diagnostic> ORDER = new ReportOrder();

  /** Line and column numbers inside a message ("(line 1)"), which move with unrelated edits. */
  private static final Pattern POSITION_IN_MESSAGE = Pattern.compile("\\b(line|column|col)\\s+\\d+");

  public Diagnostic {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public Optional<String> optionalHint() {
    return Optional.ofNullable(hint);
  }

  /** The same finding with another severity (severity overrides). */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(rule, newSeverity, file, line, column, endLine, endColumn, path, message, hint);
  }

  /**
   * Identifies this finding across edits that do not touch it: rule, file, path and message with
   * line numbers taken out, never its own line or column. SARIF's partialFingerprints and
   * baselines use it.
   */
  public String fingerprint() {
    String normalised = POSITION_IN_MESSAGE.matcher(message).replaceAll("$1 #");
    String key = String.join("\u0000", rule, file.replace('\\', '/'), path, normalised);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * {@link #ORDER}, written out rather than chained from key extractors: every run sorts, and
   * linking a chain's lambdas costs start-up time.
   */
  private static final class ReportOrder implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = a.file.compareTo(b.file);
      if (c == 0) {
        c = Integer.compare(a.line, b.line);
      }
      if (c == 0) {
        c = Integer.compare(a.column, b.column);
      }
      if (c == 0) {
        c = a.rule.compareTo(b.rule);
      }
      if (c == 0) {
        c = a.severity.compareTo(b.severity);
      }
      if (c == 0) {
        c = a.path.compareTo(b.path);
      }
      return c != 0 ? c : a.message.compareTo(b.message);
    }
  }
}
