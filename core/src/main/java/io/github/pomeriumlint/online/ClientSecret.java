package io.github.pomeriumlint.online;

import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The client secret Pomerium signs in with: the bytes of {@code idp_client_secret_file} as they
 * are (a trailing line break included, as Pomerium sends it) when that is set, else
 * {@code idp_client_secret}.
 *
 * @param at the key the secret came from, where findings about it go
 * @param key {@code idp_client_secret_file} or {@code idp_client_secret}
 */
record ClientSecret(String value, ScalarNode at, String key) {
  static final String FILE_KEY = "idp_client_secret_file";

  /**
   * @param directory the config's folder, which relative paths are read from
   * @throws IOException when the file is set but cannot be read
   */
  static Optional<ClientSecret> of(MapNode options, Optional<Path> directory) throws IOException {
    Optional<ScalarNode> file = options.scalar(FILE_KEY).filter(s -> !s.isBlank());
    if (file.isPresent()) {
      return Optional.of(new ClientSecret(read(file.get().text().trim(), directory), file.get(), FILE_KEY));
    }
    return options.scalar("idp_client_secret").map(s -> new ClientSecret(s.text().trim(), s, "idp_client_secret"));
  }

  private static String read(String name, Optional<Path> directory) throws IOException {
    try {
      Path path = Path.of(name);
      if (!path.isAbsolute() && directory.isPresent()) {
        path = directory.get().resolve(path);
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (InvalidPathException e) {
      throw new IOException("not a file name", e);
    }
  }

  @Override
  public String toString() {
    return "ClientSecret[" + key + "]"; // never the value
  }
}
