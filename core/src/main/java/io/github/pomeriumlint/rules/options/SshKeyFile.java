package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * With {@code ssh_address} set, Pomerium stats every SSH host key file and the user CA key file and
 * refuses them when missing or readable by group or others (mode & 077). Permissions are judged on
 * this machine, which may differ from the one Pomerium runs on: a warning.
 */
public final class SshKeyFile extends Rule {
  private static final Set<PosixFilePermission> TOO_OPEN =
      EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

  public SshKeyFile() {
    super(
        RuleInfo.of("ssh-key-file", Severity.ERROR, "An SSH key file is missing or readable by others")
            .description(
                "When ssh_address is set, Pomerium refuses to load if a file of ssh_host_key_files or"
                    + " ssh_user_ca_key_file does not exist or has group/other permissions (\"config: invalid ssh host"
                    + " key file ...: permissions are too open\"). Missing files listed in ssh_host_key_files are"
                    + " reported like file-not-found; open permissions found here are a warning, since the file"
                    + " may be installed with other permissions where Pomerium runs.")
            .bad("ssh_address: :22\nssh_host_key_files: [keys/host_ed25519]   # mode 0644")
            .good("ssh_address: :22\nssh_host_key_files: [keys/host_ed25519]   # mode 0600")
            .appliesTo("0.30 and later"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!OptionValue.readBy(ctx, "ssh_address") || ctx.options().scalar("ssh_address").isEmpty()) {
      return;
    }
    ctx.options().get("ssh_host_key_files").ifPresent(value -> {
      List<Node> items = value instanceof ListNode list ? list.items() : List.of(value);
      for (Node item : items) {
        if (item instanceof ScalarNode file && !file.isBlank()) {
          check(ctx, file, "host", true);
        }
      }
    });
    ctx.options().scalar("ssh_user_ca_key_file").ifPresent(file -> check(ctx, file, "user CA", false));
  }

  /** @param reportMissing false where file-not-found already reports a missing file */
  private static void check(LintContext ctx, ScalarNode file, String role, boolean reportMissing) {
    Optional<Path> path = ctx.locateFile(file);
    if (path.isEmpty()) {
      return;
    }
    if (!Files.exists(path.get())) {
      if (reportMissing) {
        boolean absolute = Path.of(file.text().trim()).isAbsolute();
        ctx.report(
            absolute ? Severity.WARNING : Severity.ERROR,
            file,
            "the SSH " + role + " key file '" + file.text().trim() + "' does not exist" + (absolute ? " on this machine" : "") + "; Pomerium refuses to load without it",
            "fix the path, or create the key with ssh-keygen -t ed25519 -N '' -f FILE");
      }
      return;
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path.get());
      if (permissions.stream().anyMatch(TOO_OPEN::contains)) {
        ctx.report(
            Severity.WARNING,
            file,
            "the SSH " + role + " key file is readable by group or others here; Pomerium refuses such a file (\"permissions are too open\")",
            "chmod 600 the file where Pomerium runs");
      }
    } catch (IOException | UnsupportedOperationException e) {
      // no POSIX permissions on this file system: nothing to judge
    }
  }
}
