package io.github.pomeriumlint.cli;

import java.util.Map;

/** Whether output goes to a person at a terminal. */
final class Terminal {
  private Terminal() {}

  /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
  static boolean colorWanted(Map<String, String> env) {
    return colorWanted(env, System.console() != null);
  }

  static boolean colorWanted(Map<String, String> env, boolean terminal) {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }
}
