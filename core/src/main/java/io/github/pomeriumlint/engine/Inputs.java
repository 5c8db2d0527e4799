package io.github.pomeriumlint.engine;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.config.Environment;
import io.github.pomeriumlint.config.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads inputs as UTF-8, keeping the position of the first byte that is not UTF-8 instead of guessing. */
public final class Inputs {
  private Inputs() {}

  public static SourceFile file(Path path, String name) throws IOException {
    return decode(Files.readAllBytes(path), name, Optional.of(path));
  }

  /** The variables to overlay: the options' environment, then their env file's. */
  public static Environment environment(LintOptions options) throws IOException {
    Environment env = Environment.of(options.environment());
    if (options.envFile().isPresent()) {
      Path file = options.envFile().get();
      env = env.plus(Environment.parseDotenv(file(file, file.toString())));
    }
    return env;
  }

  public static SourceFile stream(InputStream in, String name) throws IOException {
    return decode(in.readAllBytes(), name, Optional.empty());
  }

  static SourceFile decode(byte[] bytes, String name, Optional<Path> path) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    int bad = result.isError() ? in.position() : -1;
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceFile(name, path, text, bad);
  }
}
