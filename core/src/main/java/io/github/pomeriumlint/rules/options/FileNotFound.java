package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.pomerium.ValueType;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code *_file} option names a file that is not there or cannot be read. A relative path is
 * read beside the config, which travels with it: an error. An absolute path usually names a mount
 * of the machine Pomerium runs on, which may not be this one: a warning. ({@code policy_file} is
 * refused whatever it names; policy-file reports it.)
 */
public final class FileNotFound extends Rule {
  public FileNotFound() {
    super(
        RuleInfo.of("file-not-found", Severity.ERROR, "A *_file option names a file that cannot be read")
            .description(
                "Pomerium reads shared_secret_file, certificate_file, signing_key_file, idp_client_secret_file and"
                    + " the other *_file options when it loads or when a service starts, and fails when the file is"
                    + " missing. Relative paths are taken from the config file's folder. An absolute path that is"
                    + " missing here is only a warning: it may exist where Pomerium runs.")
            .bad("shared_secret_file: secrets/shared.txt   # no such file")
            .good("shared_secret_file: /run/secrets/pomerium-shared-secret"));
  }

  @Override
  public void check(LintContext ctx) {
    for (MapNode.Entry entry : ctx.options().entries()) {
      Optional<KeyDef> key = TopLevelKeys.find(entry.name()).filter(k -> k.existsIn(ctx.version()));
      if (key.isEmpty()) {
        continue;
      }
      if (key.get().type() == ValueType.STRING && entry.name().endsWith("_file") && !entry.name().equals("policy_file")) {
        checkFile(ctx, entry.value());
      } else if (key.get().name().equals("downstream_mtls") && entry.value() instanceof MapNode mtls) {
        mtls.get("ca_file").ifPresent(v -> checkFile(ctx, v));
        mtls.get("crl_file").ifPresent(v -> checkFile(ctx, v));
      } else if (key.get().name().equals("certificates") && entry.value() instanceof ListNode list) {
        for (Node item : list.items()) {
          if (item instanceof MapNode pair) {
            pair.get("cert").ifPresent(v -> checkFile(ctx, v));
            pair.get("key").ifPresent(v -> checkFile(ctx, v));
          }
        }
      }
    }
  }

  private static void checkFile(LintContext ctx, Node value) {
    if (!(value instanceof ScalarNode name) || name.isBlank()) {
      return;
    }
    Optional<Path> path = ctx.locateFile(name);
    if (path.isEmpty() || (Files.isRegularFile(path.get()) && Files.isReadable(path.get()))) {
      return;
    }
    boolean absolute = Path.of(name.text().trim()).isAbsolute();
    String state = Files.exists(path.get()) ? "cannot be read" : "does not exist";
    if (absolute) {
      ctx.report(
          Severity.WARNING,
          name,
          "'" + name.text().trim() + "' " + state + " on this machine; Pomerium fails unless it exists where Pomerium runs",
          "check the path, or mount the file there");
    } else {
      ctx.report(
          name,
          "'" + name.text().trim() + "' " + state + " (relative paths are read from the config file's folder)",
          "fix the path, or create the file beside the config");
    }
  }
}
