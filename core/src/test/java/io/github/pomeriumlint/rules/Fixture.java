package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture file with its expected findings written in comments:
 *
 * <ul>
 *   <li>{@code # expect: rule-id[:severity][, ...]} at the end of a line: those findings start on that line;
 *   <li>{@code # expect-line N: rule-id[:severity]}: a finding on line N (for lines that cannot hold a
 *       comment, such as inside a block scalar);
 *   <li>{@code # expect-env NAME: rule-id[:severity]}: a finding in the value of environment variable NAME;
 *   <li>{@code # pomerium-version: X.Y}: the target release;
 *   <li>{@code # env: NAME=value}: an environment variable to overlay.
 * </ul>
 *
 * Every finding must be expected and every expectation found: the harness compares the two sets.
 */
record Fixture(Path file, LintOptions options, List<String> expected) {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");
  private static final Pattern EXPECT_LINE = Pattern.compile("#\\s*expect-line\\s+(\\d+):\\s*(.+)$");
  private static final Pattern EXPECT_ENV = Pattern.compile("#\\s*expect-env\\s+([A-Za-z_0-9]+):\\s*(.+)$");
  private static final Pattern VERSION = Pattern.compile("^#\\s*pomerium-version:\\s*(\\S+)\\s*$");
  private static final Pattern ENV = Pattern.compile("^#\\s*env:\\s*([A-Za-z_][A-Za-z_0-9]*)=(.*)$");

  static Fixture read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    LintOptions.Builder options = LintOptions.builder();
    Map<String, String> env = new LinkedHashMap<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m;
      if ((m = VERSION.matcher(line)).find()) {
        options.pomeriumVersion(m.group(1));
      } else if ((m = ENV.matcher(line)).find()) {
        env.put(m.group(1), m.group(2));
      } else if ((m = EXPECT_LINE.matcher(line)).find()) {
        addAll(expected, String.valueOf(Integer.parseInt(m.group(1))), m.group(2));
      } else if ((m = EXPECT_ENV.matcher(line)).find()) {
        addAll(expected, "env:" + m.group(1), m.group(2));
      } else if ((m = EXPECT.matcher(line)).find()) {
        addAll(expected, String.valueOf(i + 1), m.group(1));
      }
    }
    options.environment(env);
    return new Fixture(file, options.build(), expected);
  }

  private static void addAll(List<String> into, String where, String rules) {
    for (String rule : rules.split(",")) {
      String r = rule.trim();
      into.add(where + " " + (r.contains(":") ? r : r + ":*"));
    }
  }

  LintResult lint() throws IOException {
    return PomeriumLint.lint(file, options);
  }

  /** The findings as the markers would write them, to compare with {@link #expected()}. */
  static List<String> describe(LintResult result, Fixture fixture) {
    TreeSet<String> wildcardRules = new TreeSet<>();
    for (String e : fixture.expected) {
      if (e.endsWith(":*")) {
        wildcardRules.add(e.substring(0, e.length() - 2));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      String where = d.file().startsWith("env:") ? d.file() : String.valueOf(d.line());
      String key = where + " " + d.rule();
      actual.add(wildcardRules.contains(key) ? key + ":*" : key + ":" + d.severity().id());
    }
    return actual;
  }
}
