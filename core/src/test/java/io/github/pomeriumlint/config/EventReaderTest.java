package io.github.pomeriumlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class EventReaderTest {
  /** EventReader skips the resolver for scalars that start otherwise; the resolver must agree they are strings. */
  @Test
  void scalarsStartingOutsideResolvedFirstAreStringsToTheCoreResolver() {
    ScalarResolver resolver = new CoreSchema().getScalarResolver(); // as YamlReader sets it up
    List<String> tails = List.of("", "x", "rue", "alse", "ull", "ULL", "0", "1", ".5", "e3", "<", "{A}", " ", "~");
    for (char c = 1; c < 0x3000; c++) {
      if (EventReader.RESOLVED_FIRST.indexOf(c) >= 0) {
        continue;
      }
      for (String tail : tails) {
        String value = c + tail;
        assertThat(resolver.resolve(value, true)).as(value).isEqualTo(Tag.STR);
      }
    }
  }
}
