package io.github.pomeriumlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EnvPropertiesTest {
  @Test
  void onlyPrefixedPropertiesBecomeVariablesUnderTheirOwnName() {
    Properties properties = new Properties();
    properties.setProperty("pomerium.env.IDP_CLIENT_SECRET", "x");
    properties.setProperty("pomerium.env.", "no name");
    properties.setProperty("pomerium.skip", "true");
    properties.setProperty("IDP_PROVIDER", "azure");

    assertThat(EnvProperties.variables(properties)).isEqualTo(Map.of("IDP_CLIENT_SECRET", "x"));
  }
}
