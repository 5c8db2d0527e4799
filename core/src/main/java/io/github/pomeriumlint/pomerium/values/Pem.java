package io.github.pomeriumlint.pomerium.values;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM blocks as Go's {@code pem.Decode} finds them: a type and the DER bytes. */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final Pattern HEADER = Pattern.compile("^[A-Za-z-]+:.*$", Pattern.MULTILINE);

  /** One block. */
  public record Block(String type, byte[] der) {}

  private Pem() {}

  /** Every well-formed block in {@code text}, in order; blocks whose body is not base64 are skipped. */
  public static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      String body = HEADER.matcher(m.group(2)).replaceAll("").replaceAll("\\s", "");
      try {
        blocks.add(new Block(m.group(1), Base64.getDecoder().decode(body)));
      } catch (IllegalArgumentException e) {
        // Go's pem.Decode skips a block whose body does not decode; so do we.
      }
    }
    return blocks;
  }
}
