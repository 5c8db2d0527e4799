package io.github.pomeriumlint.pomerium;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The route key history of the fact sheet (section 2.7), as the table encodes it. */
class RouteKeysTest {
  private static final PomeriumVersion V0_19 = PomeriumVersion.of("0.19");
  private static final PomeriumVersion V0_31 = PomeriumVersion.of("0.31");
  private static final PomeriumVersion V0_32 = PomeriumVersion.of("0.32");

  @Test
  void allowedGroupsIsAFatalRemovalFrom020() {
    KeyDef groups = RouteKeys.find("allowed_groups").orElseThrow();
    assertThat(groups.existsIn(V0_19)).isTrue();
    assertThat(groups.removedBy(PomeriumVersion.of("0.20"))).isTrue();
    assertThat(groups.fatalWhenRemoved()).isTrue();
  }

  @Test
  void lbPolicyWasRenamedIn032AndIsOnlyIgnored() {
    KeyDef lb = RouteKeys.find("lb_policy").orElseThrow();
    assertThat(lb.existsIn(V0_31)).isTrue();
    assertThat(lb.removedBy(V0_32)).isTrue();
    assertThat(lb.fatalWhenRemoved()).isFalse();
    assertThat(RouteKeys.namesIn(V0_32)).contains("load_balancing_policy").doesNotContain("lb_policy");
    assertThat(RouteKeys.namesIn(V0_31)).doesNotContain("load_balancing_policy");
  }

  @Test
  void envoyClusterFieldsWereAcceptedFrom013To031Only() {
    assertThat(RouteKeys.envoyClusterOption("outlier_detection", V0_31)).isTrue();
    assertThat(RouteKeys.envoyClusterOption("outlier_detection", PomeriumVersion.of("0.13"))).isTrue();
    assertThat(RouteKeys.envoyClusterOption("outlier_detection", PomeriumVersion.of("0.12"))).isFalse();
    assertThat(RouteKeys.envoyClusterOption("outlier_detection", V0_32)).isFalse();
    assertThat(RouteKeys.envoyClusterOption("allowed_user", V0_31)).isFalse();
  }

  @Test
  void nestedStructuresKnowTheirKeys() {
    assertThat(RouteKeys.find("mcp").orElseThrow().child("server").orElseThrow().child("upstream_oauth2")).isPresent();
    assertThat(RouteKeys.find("redirect").orElseThrow().child("response_code")).isPresent();
    assertThat(RouteKeys.find("sub_policies").orElseThrow().child("source_ppl").orElseThrow().type())
        .isEqualTo(ValueType.PPL);
  }
}
