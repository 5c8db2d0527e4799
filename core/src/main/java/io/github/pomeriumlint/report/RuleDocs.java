package io.github.pomeriumlint.report;

import io.github.pomeriumlint.rules.RuleInfo;

/** Where each rule is documented, and its help text in Markdown: one source for SARIF and docs. */
public final class RuleDocs {
  /** The generated rule reference in the project repository; each rule id is an anchor. */
  public static final String BASE_URL = "https://github.com/pomerium-lint/pomerium-lint/blob/main/docs/rules.md";

  private RuleDocs() {}

  public static String helpUri(String ruleId) {
    return BASE_URL + "#" + ruleId;
  }

  /** The description, the releases it applies to, and the bad and good examples. */
  public static String markdown(RuleInfo info) {
    StringBuilder md = new StringBuilder();
    md.append(info.description().isBlank() ? info.title() + "." : info.description()).append("\n\n");
    md.append("Default severity: `").append(info.severity().id()).append("`. Applies to: ")
        .append(info.appliesTo()).append('.');
    if (info.online()) {
      md.append(" Runs only with `--online`.");
    }
    md.append('\n');
    example(md, "Bad", info.bad());
    example(md, "Good", info.good());
    return md.toString();
  }

  private static void example(StringBuilder md, String label, String yaml) {
    if (!yaml.isBlank()) {
      md.append('\n').append(label).append(":\n\n```yaml\n").append(yaml.strip()).append("\n```\n");
    }
  }
}
