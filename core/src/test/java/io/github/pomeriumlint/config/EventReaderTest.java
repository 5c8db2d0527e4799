package io.github.pomeriumlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class EventReaderTest {
  /** EventReader answers some scalars' tags without the resolver; the resolver must give the same. */
  @Test
  void tagsTakenWithoutTheResolverAreTheResolversTags() {
    ScalarResolver resolver = new CoreSchema().getScalarResolver(); // as YamlReader sets it up
    List<String> tails =
        List.of("", "x", "rue", "RUE", "ue", "alse", "ALSE", "ull", "ULL", "0", "1", ".5", "e3", "<", "{A}", " ", "~", "rue ");
    int answered = 0;
    for (char c = 1; c < 0x3000; c++) {
      for (String tail : tails) {
        String value = c + tail;
        Tag tag = EventReader.coreTag(value);
        if (tag != null) {
          answered++;
          assertThat(tag).as(value).isEqualTo(resolver.resolve(value, true));
        }
      }
    }
    for (String value : List.of("true", "True", "TRUE", "false", "False", "FALSE", "tRUE", "truE", "t", "f", "yes", "no", "on")) {
      Tag tag = EventReader.coreTag(value);
      if (tag != null) {
        assertThat(tag).as(value).isEqualTo(resolver.resolve(value, true));
      }
    }
    assertThat(answered).as("scalars answered without the resolver").isGreaterThan(100_000);
  }
}
