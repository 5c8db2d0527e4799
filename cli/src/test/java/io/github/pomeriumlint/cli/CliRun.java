package io.github.pomeriumlint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the CLI with captured output. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withStdin("", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return run(stdin, Map.of(), args);
  }

  /** A run that sees only {@code env} as its environment. */
  static CliRun withEnv(Map<String, String> env, String... args) {
    return run("", env, args);
  }

  private static CliRun run(String stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            env,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
