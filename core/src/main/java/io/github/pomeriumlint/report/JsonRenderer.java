package io.github.pomeriumlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The contract's JSON object: tool, diagnostics in report order, summary; then the suppressed
 * findings, each with how it was suppressed ({@code inSource}: a comment in the file;
 * {@code external}: .pomerium-lint.yaml or the baseline) and why. Byte-stable.
 */
public final class JsonRenderer implements Renderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void render(LintResult result, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", ToolVersion.NAME);
      g.writeStringField("version", ToolVersion.get());
      g.writeEndObject();
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        write(g, d);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("suppressed");
      for (Suppressed s : result.suppressed()) {
        g.writeStartObject();
        fields(g, s.diagnostic());
        g.writeObjectFieldStart("suppression");
        g.writeStringField("kind", s.inSource() ? "inSource" : "external");
        g.writeStringField("reason", s.reason());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", result.files());
      g.writeNumberField("errors", result.count(Severity.ERROR));
      g.writeNumberField("warnings", result.count(Severity.WARNING));
      g.writeNumberField("infos", result.count(Severity.INFO));
      g.writeNumberField("suppressed", result.suppressed().size());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private static void write(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    fields(g, d);
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStringField("rule", d.rule());
    g.writeStringField("severity", d.severity().id());
    g.writeStringField("file", d.file());
    g.writeNumberField("line", d.line());
    g.writeNumberField("column", d.column());
    g.writeNumberField("endLine", d.endLine());
    g.writeNumberField("endColumn", d.endColumn());
    g.writeStringField("path", d.path());
    g.writeStringField("message", d.message());
    if (d.hint() != null) {
      g.writeStringField("hint", d.hint());
    }
  }
}
