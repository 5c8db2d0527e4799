package io.github.pomeriumlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pomeriumlint.rules.RuleInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/** The rule metadata for people and tools: the {@code rules} table and JSON, {@code explain}, and docs/rules.md. */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /** One line per rule: id, default severity, title; online rules are marked. */
  public static String table(List<RuleInfo> rules) {
    int idWidth = Math.max("RULE".length(), rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-" + idWidth + "s  %-8s  %s%n", "RULE", "SEVERITY", "TITLE"));
    for (RuleInfo r : rules) {
      out.append(String.format("%-" + idWidth + "s  %-8s  %s%s%n", r.id(), r.severity().id(), r.title(), r.online() ? " (--online)" : ""));
    }
    return out.toString();
  }

  public static String json(List<RuleInfo> rules) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : rules) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().id());
        g.writeStringField("title", r.title());
        g.writeStringField("help", r.description().isBlank() ? r.title() : r.description());
        g.writeStringField("helpUri", RuleDocs.helpUri(r.id()));
        g.writeStringField("appliesTo", r.appliesTo());
        g.writeBooleanField("online", r.online());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return buffer + "\n";
  }

  /** What the rule checks, why, where it applies, and a bad and a good example. */
  public static String explain(RuleInfo r) {
    StringBuilder out = new StringBuilder();
    out.append(r.id()).append(" (").append(r.severity().id()).append("): ").append(r.title()).append("\n\n");
    if (!r.description().isBlank()) {
      out.append(r.description()).append("\n\n");
    }
    out.append("Applies to: ").append(r.appliesTo()).append(r.online() ? "; runs only with --online" : "").append('\n');
    example(out, "Bad", r.bad());
    example(out, "Good", r.good());
    out.append("\nMore: ").append(RuleDocs.helpUri(r.id())).append('\n');
    return out.toString();
  }

  private static void example(StringBuilder out, String label, String yaml) {
    if (!yaml.isBlank()) {
      out.append('\n').append(label).append(":\n");
      yaml.strip().lines().forEach(line -> out.append("    ").append(line).append('\n'));
    }
  }

  /** docs/rules.md: an index table, then one section per rule whose heading is its anchor. */
  public static String markdown(List<RuleInfo> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# Rules\n\n")
        .append("<!-- Generated from the rule metadata; do not edit. Regenerate with:\n")
        .append("     ./mvnw -B -o -pl core test -Dtest=RulesDocTest -Dpomerium.updateDocs=true -->\n\n")
        .append("| rule | severity | title |\n|---|---|---|\n");
    for (RuleInfo r : rules) {
      md.append("| [").append(r.id()).append("](#").append(r.id()).append(") | ").append(r.severity().id())
          .append(" | ").append(r.title().replace("|", "\\|")).append(r.online() ? " (online)" : "").append(" |\n");
    }
    for (RuleInfo r : rules) {
      md.append("\n## ").append(r.id()).append("\n\n").append(r.title()).append("\n\n").append(RuleDocs.markdown(r));
    }
    return md.toString();
  }
}
