package io.github.pomeriumlint.pomerium;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PplCriteriaTest {

  private static PplCriteria.CriterionDef def(String name) {
    return PplCriteria.find(name).orElseThrow();
  }

  @Test
  void groupsIsGoneFrom020To025AndBackIn026() {
    assertThat(def("groups").existsIn(PomeriumVersion.of("0.19"))).isTrue();
    assertThat(def("groups").existsIn(PomeriumVersion.of("0.20"))).isFalse();
    assertThat(def("groups").existsIn(PomeriumVersion.of("0.25"))).isFalse();
    assertThat(def("groups").existsIn(PomeriumVersion.of("0.26"))).isTrue();
    assertThat(def("groups").releases()).isEqualTo("up to 0.19, and 0.26 and later");
  }

  @Test
  void releasesOfAddedAndDroppedCriteria() {
    assertThat(def("pomerium_routes").releases()).isEqualTo("0.15 up to 0.22");
    assertThat(def("source_ip").releases()).isEqualTo("0.31 and later");
    assertThat(def("email").releases()).isEqualTo("all releases");
  }

  @Test
  void namesOfARelease() {
    assertThat(PplCriteria.namesIn(PomeriumVersion.of("0.30"))).contains("mcp_tool").doesNotContain("source_ip", "pomerium_routes");
    assertThat(PplCriteria.enterpriseOnly("day_of_week")).isTrue();
    assertThat(PplCriteria.find("day_of_week")).isEmpty();
  }
}
