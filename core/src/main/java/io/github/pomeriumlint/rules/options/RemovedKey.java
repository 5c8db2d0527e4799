package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.Optional;

/**
 * A key the target release no longer reads. Some removals are fatal (Pomerium's
 * removedConfigFields: "config option was removed", then the load fails); the rest are ignored.
 */
public final class RemovedKey extends Rule {
  public RemovedKey() {
    super(
        RuleInfo.of("removed-key", Severity.ERROR, "The key was removed in the target release")
            .description(
                "Pomerium refuses to start when the config file holds a key from its list of removed options"
                    + " (idp_service_account and the directory-sync keys from 0.20, client_ca from 0.26, the"
                    + " tracing_* keys from 0.29, ...). Other removed keys are only ignored: a warning, since the"
                    + " setting no longer does anything. A removed key set through the environment is never bound,"
                    + " so it is ignored too.")
            .bad("idp_service_account: eyJjbGllbnRfaWQiOi...")
            .good("# directory sync moved to Pomerium Enterprise; remove the key")
            .appliesTo("per key: from the release that removed it"));
  }

  @Override
  public void check(LintContext ctx) {
    for (MapNode.Entry entry : ctx.options().entries()) {
      Optional<KeyDef> def = TopLevelKeys.find(entry.name());
      if (def.isEmpty() || !def.get().removedBy(ctx.version())) {
        continue;
      }
      KeyDef key = def.get();
      String help = key.help() == null ? "remove it" : key.help();
      Optional<String> variable = ctx.config().environmentVariable(key.name());
      if (variable.isPresent()) {
        ctx.report(
            Severity.WARNING,
            entry.value(),
            variable.get() + " sets '" + key.name() + "', which was removed in Pomerium " + key.removedIn()
                + "; the variable is ignored",
            help);
      } else if (key.fatalWhenRemoved()) {
        ctx.report(
            entry.key(),
            "'" + key.name() + "' was removed in Pomerium " + key.removedIn()
                + "; Pomerium " + ctx.version() + " refuses to start with it",
            help);
      } else {
        ctx.report(
            Severity.WARNING,
            entry.key(),
            "'" + key.name() + "' was removed in Pomerium " + key.removedIn() + " and is ignored",
            help);
      }
    }
  }
}
