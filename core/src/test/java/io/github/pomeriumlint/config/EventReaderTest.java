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
        List.of("", "x", "rue", "RUE", "ue", "alse", "ALSE", "ull", "ULL", "0", "1", ".5", "e3", "<", "{A}", " ", "~", "rue ",
            "f2367e8-4697-4db2", "-1", "e-5", "E+5", "-", "+-1", ".5e-3", "-9", "x-1", "0-", "nf", ".inf-");
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
    for (String value : List.of("true", "True", "TRUE", "false", "False", "FALSE", "tRUE", "truE", "t", "f", "yes", "no", "on",
        "1f2367e8-4697-4db2-90a0-9f3263700001", "1e-5", "1E+5", "-1-2", "+.inf", "-.inf-", "0x1F-", "0o17+", "12-31", "1e5-")) {
      Tag tag = EventReader.coreTag(value);
      if (tag != null) {
        assertThat(tag).as(value).isEqualTo(resolver.resolve(value, true));
      }
    }
    assertThat(answered).as("scalars answered without the resolver").isGreaterThan(100_000);
  }
}
