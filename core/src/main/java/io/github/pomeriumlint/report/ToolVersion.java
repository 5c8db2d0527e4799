package io.github.pomeriumlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, for reports and {@code --version}. */
public final class ToolVersion {
  public static final String NAME = "pomerium-lint";
  private static final String VERSION = load();

  private ToolVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/io/github/pomeriumlint/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
