package io.github.pomeriumlint.cli;

import java.util.Map;

/** Whether output goes to a person at a terminal. */
final class Terminal {
  private Terminal() {}

  /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
  static boolean colorWanted(Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }
}
