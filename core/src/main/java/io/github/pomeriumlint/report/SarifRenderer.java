package io.github.pomeriumlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.RuleRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: every rule's metadata in {@code tool.driver.rules}, one result per
 * finding with a region, a file URI relative to the base folder ({@code %SRCROOT%}), a
 * line-independent fingerprint, and suppressed findings kept with their justification.
 * Byte-stable for the same input.
 */
public final class SarifRenderer implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "pomeriumLint/v1";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Path base;
  private final List<RuleInfo> rules;

  /** File URIs are made relative to the current folder. */
  public SarifRenderer() {
    this(Path.of(""));
  }

  /** File URIs are made relative to {@code base} (a project's root, say). */
  public SarifRenderer(Path base) {
    this(base, RuleRegistry.catalogue());
  }

  public SarifRenderer(Path base, List<RuleInfo> rules) {
    this.base = base.toAbsolutePath().normalize();
    this.rules = List.copyOf(rules);
  }

  @Override
  public void render(LintResult result, Appendable out) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g);
      // the YAML parser counts columns in code points
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart("%SRCROOT%");
      g.writeStringField("uri", base.toUri().toString());
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Diagnostic d : result.diagnostics()) {
        writeResult(g, d, ruleIndex, null);
      }
      for (Suppressed s : result.suppressed()) {
        writeResult(g, s.diagnostic(), ruleIndex, s);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", ToolVersion.NAME);
    g.writeStringField("version", ToolVersion.get());
    g.writeStringField("informationUri", "https://github.com/pomerium-lint/pomerium-lint");
    g.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule.title());
      g.writeEndObject();
      if (!rule.description().isBlank()) {
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", rule.description());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("help");
      g.writeStringField("text", rule.description().isBlank() ? rule.title() : rule.description());
      g.writeStringField("markdown", RuleDocs.markdown(rule));
      g.writeEndObject();
      g.writeStringField("helpUri", RuleDocs.helpUri(rule.id()));
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(rule.severity()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("appliesTo", rule.appliesTo());
      g.writeBooleanField("online", rule.online());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeResult(JsonGenerator g, Diagnostic d, Map<String, Integer> ruleIndex, Suppressed suppressed)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.rule());
    Integer index = ruleIndex.get(d.rule());
    if (index != null) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", level(d.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", d.hint() == null ? d.message() : d.message() + " (hint: " + d.hint() + ")");
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    if (!d.file().startsWith("env:")) {
      writePhysicalLocation(g, d);
    }
    if (!d.path().isEmpty() || d.file().startsWith("env:")) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      g.writeStringField("fullyQualifiedName", logicalName(d));
      g.writeStringField("kind", d.file().startsWith("env:") ? "variable" : "member");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, d.fingerprint());
    g.writeEndObject();
    if (suppressed != null) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", suppressed.inSource() ? "inSource" : "external");
      g.writeStringField("status", "accepted");
      g.writeStringField("justification", suppressed.reason());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writePhysicalLocation(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    String uri = uri(d.file());
    g.writeStringField("uri", uri);
    if (!uri.startsWith("file:")) {
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", Math.max(1, d.line()));
    g.writeNumberField("startColumn", Math.max(1, d.column()));
    g.writeNumberField("endLine", Math.max(d.line(), d.endLine()));
    g.writeNumberField("endColumn", Math.max(1, d.endColumn()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String logicalName(Diagnostic d) {
    if (d.file().startsWith("env:")) {
      String variable = d.file().substring("env:".length());
      return d.path().isEmpty() ? variable : variable + "." + d.path();
    }
    return d.path();
  }

  /** Relative to the base folder with forward slashes when the file is inside it; else a file: URI. */
  String uri(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return encode(file);
    }
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(base)) {
      return absolute.toUri().toString();
    }
    return encode(base.relativize(absolute).toString().replace('\\', '/'));
  }

  private static String encode(String relative) {
    try {
      return new URI(null, null, relative, null).getRawPath();
    } catch (URISyntaxException e) {
      return relative.replaceAll("[^A-Za-z0-9._~/-]", "_");
    }
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
