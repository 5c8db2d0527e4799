package io.github.pomeriumlint.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variables to overlay on a config, each with the place it was set: the process
 * environment (spans named {@code env:NAME}) or a line of a dotenv file.
 */
public final class Environment {
  /** One variable: its name, its value and where the value was written. */
  public record Variable(String name, String value, Span span) {}

  private static final Pattern LINE =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

  private final Map<String, Variable> variables = new LinkedHashMap<>();

  public static Environment empty() {
    return new Environment();
  }

  /** The process environment (or any map of it). */
  public static Environment of(Map<String, String> env) {
    Environment e = new Environment();
    env.forEach((k, v) -> e.variables.put(k, new Variable(k, v, Span.ofEnvironment(k, v))));
    return e;
  }

  /** Variables after those of {@code this}, with later ones winning. */
  public Environment plus(Environment later) {
    Environment e = new Environment();
    e.variables.putAll(variables);
    e.variables.putAll(later.variables);
    return e;
  }

  /**
   * Reads dotenv / docker-compose {@code .env} text: {@code NAME=value}, optional {@code export},
   * single or double quotes, {@code #} comments. Lines that are not assignments are skipped.
   */
  public static Environment parseDotenv(SourceFile file) {
    Environment e = new Environment();
    List<String> lines = file.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String raw = m.group(2);
      int valueColumn = m.start(2) + 1;
      String value = unquote(raw);
      if (value.length() != raw.length()) {
        valueColumn++; // past the opening quote
      }
      Span span = new Span(file.name(), i + 1, valueColumn, i + 1, valueColumn + value.length());
      e.variables.put(m.group(1), new Variable(m.group(1), value, span));
    }
    return e;
  }

  private static String unquote(String raw) {
    if (raw.length() >= 2) {
      char q = raw.charAt(0);
      if ((q == '"' || q == '\'') && raw.charAt(raw.length() - 1) == q) {
        String inner = raw.substring(1, raw.length() - 1);
        return q == '"' ? inner.replace("\\n", "\n").replace("\\\"", "\"") : inner;
      }
    }
    int comment = raw.indexOf(" #");
    return comment >= 0 ? raw.substring(0, comment).stripTrailing() : raw;
  }

  public java.util.Optional<Variable> get(String name) {
    return java.util.Optional.ofNullable(variables.get(name));
  }

  public boolean isEmpty() {
    return variables.isEmpty();
  }

  public List<Variable> variables() {
    return new ArrayList<>(variables.values());
  }
}
