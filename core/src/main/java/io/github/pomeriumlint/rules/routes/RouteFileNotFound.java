package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.RouteKeys;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A route's {@code *_file} (client cert and key, custom CA, downstream client CA, Kubernetes token)
 * names a file that cannot be read: Policy.Validate fails with "couldn't load ...". As for the
 * top-level options, a missing relative path is an error and a missing absolute path a warning,
 * since it may exist where Pomerium runs.
 */
public final class RouteFileNotFound extends RouteRule {
  public RouteFileNotFound() {
    super(
        RuleInfo.of("route-file-not-found", Severity.ERROR, "A route's *_file names a file that cannot be read")
            .description(
                "Pomerium reads tls_client_cert_file, tls_client_key_file, tls_custom_ca_file,"
                    + " tls_downstream_client_ca_file and kubernetes_service_account_token_file when it validates the"
                    + " route, and refuses the route when the file is missing (\"couldn't load client cert file\")."
                    + " Relative paths are taken from the config file's folder. An absolute path that is missing"
                    + " here is only a warning: it may exist where Pomerium runs.")
            .bad("tls_custom_ca_file: certs/ca.pem   # no such file beside the config")
            .good("tls_custom_ca_file: /etc/pomerium/ca.pem"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (MapNode.Entry entry : route.node().entries()) {
      boolean fileKey = entry.name().endsWith("_file")
          && RouteKeys.find(entry.name()).filter(def -> def.existsIn(ctx.version())).isPresent();
      if (fileKey && entry.value() instanceof ScalarNode name && !name.isBlank()) {
        checkFile(ctx, name);
      }
    }
  }

  private static void checkFile(LintContext ctx, ScalarNode name) {
    String text = name.text().trim();
    Optional<Path> path;
    try {
      path = ctx.resolveFile(text);
    } catch (InvalidPathException e) {
      ctx.report(name, "'" + name.path() + "' is not a file path this system can read", null);
      return;
    }
    if (path.isEmpty() || (Files.isRegularFile(path.get()) && Files.isReadable(path.get()))) {
      return; // stdin and environment values have no folder to resolve against
    }
    String state = Files.exists(path.get()) ? "cannot be read" : "does not exist";
    if (Path.of(text).isAbsolute()) {
      ctx.report(
          Severity.WARNING,
          name,
          "'" + text + "' " + state + " on this machine; Pomerium refuses the route unless it exists where Pomerium runs",
          "check the path, or mount the file there");
    } else {
      ctx.report(
          name,
          "'" + text + "' " + state + " (relative paths are read from the config file's folder); Pomerium refuses the route",
          "fix the path, or create the file beside the config");
    }
  }
}
