package io.github.pomeriumlint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Validates SARIF documents against the OASIS SARIF 2.1.0 schema in ../shared/schemas, read at
 * test time. Every test that produces SARIF passes it through {@link #assertValid(String)}.
 */
public final class SarifSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Optional<JsonSchema> SCHEMA = load();

  private SarifSchema() {}

  private static Optional<JsonSchema> load() {
    Optional<Path> file = TestPaths.shared().map(s -> s.resolve("schemas/sarif-schema-2.1.0.json")).filter(Files::isRegularFile);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file.get())) {
      return Optional.of(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the calling test (with the reason) when the schema is absent. */
  public static void assumePresent() {
    assumeTrue(SCHEMA.isPresent(), "../shared/schemas/sarif-schema-2.1.0.json is absent: SARIF cannot be validated here");
  }

  /** Parses {@code sarif}, checks it against the schema, and returns it as a tree. */
  public static JsonNode assertValid(String sarif) {
    assumePresent();
    JsonNode tree;
    try {
      tree = MAPPER.readTree(sarif);
    } catch (IOException e) {
      throw new AssertionError("SARIF output is not JSON: " + e.getMessage(), e);
    }
    Set<ValidationMessage> errors = SCHEMA.get().validate(tree);
    assertThat(errors).as("SARIF 2.1.0 schema violations").isEmpty();
    return tree;
  }
}
