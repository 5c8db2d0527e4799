package io.github.pomeriumlint.filter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pomeriumlint.api.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings a team has accepted: their fingerprints (which survive edits elsewhere in the file) with
 * how often each occurs, so that only new findings count. Stored as JSON, one finding per entry
 * with its rule and message for people reviewing the file.
 */
public final class Baseline {
  static final int FORMAT = 1;
  private final Map<String, Integer> remaining;

  private Baseline(Map<String, Integer> counts) {
    this.remaining = new HashMap<>(counts);
  }

  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidProjectConfigException(file + ": not a pomerium-lint baseline (" + e.getOriginalMessage() + ")");
    }
    JsonNode findings = root == null ? null : root.get("findings");
    if (findings == null || !findings.isArray() || root.path("version").asInt() != FORMAT) {
      throw new InvalidProjectConfigException(file + ": not a pomerium-lint baseline (write one with --write-baseline)");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode finding : findings) {
      counts.merge(finding.path("fingerprint").asText(), 1, Integer::sum);
    }
    return new Baseline(counts);
  }

  /** Writes the findings of a run, in report order. */
  public static void write(List<Diagnostic> findings, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", FORMAT);
      g.writeArrayFieldStart("findings");
      for (Diagnostic d : findings) {
        g.writeStartObject();
        g.writeStringField("fingerprint", d.fingerprint());
        g.writeStringField("rule", d.rule());
        g.writeStringField("file", d.file());
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * True when {@code d} is accepted by the baseline; each baseline entry accepts one finding, so a
   * second copy of an accepted finding is new.
   */
  synchronized boolean accepts(Diagnostic d) {
    Integer left = remaining.get(d.fingerprint());
    if (left == null || left == 0) {
      return false;
    }
    remaining.put(d.fingerprint(), left - 1);
    return true;
  }
}
