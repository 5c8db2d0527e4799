package io.github.pomeriumlint.maven;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** {@code pomerium.env.NAME=value} properties as environment variables NAME=value. */
final class EnvProperties {
  static final String PREFIX = "pomerium.env.";

  private EnvProperties() {}

  static Map<String, String> variables(Properties properties) {
    Map<String, String> variables = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
        variables.put(key.substring(PREFIX.length()), properties.getProperty(key));
      }
    }
    return variables;
  }
}
