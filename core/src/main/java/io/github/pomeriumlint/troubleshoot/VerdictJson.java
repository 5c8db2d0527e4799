package io.github.pomeriumlint.troubleshoot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.report.ToolVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The verdict for scripts, one JSON object: {@code decision} ({@code allow}, {@code deny},
 * {@code no-route}), {@code route} (its {@code from} and position), {@code reasons} (Pomerium's
 * codes), {@code criteria} (each with its position, outcome and why), {@code nearby}, {@code notes}
 * and {@code fix}. Byte-stable for the same input.
 */
public final class VerdictJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private VerdictJson() {}

  public static void render(Verdict v, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", ToolVersion.NAME);
      g.writeStringField("version", ToolVersion.get());
      g.writeEndObject();
      g.writeStringField("url", v.url());
      user(g, v.user());
      g.writeStringField("decision", v.decision().id());
      if (v.route().isPresent()) {
        RouteMatch.Hit hit = v.route().get();
        g.writeObjectFieldStart("route");
        g.writeStringField("from", hit.from());
        position(g, hit.route().node());
        g.writeStringField("match", hit.how());
        g.writeEndObject();
      } else {
        g.writeNullField("route");
      }
      strings(g, "reasons", v.reasons());
      g.writeArrayFieldStart("criteria");
      for (CriterionCheck c : v.evaluation().map(Evaluation::criteria).orElse(List.of())) {
        g.writeStartObject();
        g.writeStringField("rule", c.action().keyword());
        g.writeStringField("criterion", c.criterion().key());
        g.writeStringField("label", c.label());
        g.writeBooleanField("legacy", c.criterion().legacy());
        position(g, c.where());
        g.writeStringField("outcome", c.outcome().id());
        g.writeStringField("why", c.why());
        if (c.reason().isPresent()) {
          g.writeStringField("reason", c.reason().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("nearby");
      for (RouteMatch.Near near : v.match().nearby()) {
        g.writeStartObject();
        g.writeStringField("from", near.from());
        position(g, near.route().node());
        g.writeStringField("why", near.whyNot());
        g.writeEndObject();
      }
      g.writeEndArray();
      strings(g, "notes", v.notes());
      if (v.fix().isPresent()) {
        g.writeStringField("fix", v.fix().get());
      }
      g.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private static void user(JsonGenerator g, User user) throws IOException {
    g.writeObjectFieldStart("user");
    if (user.email().isPresent()) {
      g.writeStringField("email", user.email().get());
    }
    if (user.userId().isPresent()) {
      g.writeStringField("userId", user.userId().get());
    }
    if (user.upn().isPresent()) {
      g.writeStringField("upn", user.upn().get());
    }
    if (!user.claims().isEmpty()) {
      g.writeObjectFieldStart("claims");
      for (Map.Entry<String, List<String>> claim : user.claims().entrySet()) {
        strings(g, claim.getKey(), claim.getValue());
      }
      g.writeEndObject();
    }
    if (user.groupIds().isPresent()) {
      strings(g, "groupIds", user.groupIds().get());
    }
    g.writeEndObject();
  }

  private static void position(JsonGenerator g, Node node) throws IOException {
    g.writeStringField("path", node.path());
    g.writeStringField("file", node.span().file());
    g.writeNumberField("line", node.span().line());
    g.writeNumberField("column", node.span().column());
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
