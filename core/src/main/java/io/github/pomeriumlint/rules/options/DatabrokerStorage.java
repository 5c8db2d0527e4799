package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.StorageTypes;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.List;

/**
 * {@code databroker_storage_type} must be a backend of the target release (redis is gone since
 * 0.25, file came in 0.31), and postgres needs a connection string.
 */
public final class DatabrokerStorage extends Rule {
  public DatabrokerStorage() {
    super(
        RuleInfo.of("databroker-storage", Severity.ERROR, "The databroker storage backend is unknown or lacks its DSN")
            .description(
                "Pomerium refuses to load an unknown databroker_storage_type (\"config: unknown databroker storage"
                    + " backend type\"; the names are compared exactly) and postgres without"
                    + " databroker_storage_connection_string(_file) (\"config: missing databroker storage backend"
                    + " dsn\"). redis was removed in 0.25; file exists from 0.31.")
            .bad("databroker_storage_type: postgres")
            .good("databroker_storage_type: postgres\ndatabroker_storage_connection_string_file: /run/secrets/pg-dsn")
            .appliesTo("all releases; backends per release"));
  }

  @Override
  public void check(LintContext ctx) {
    ctx.options().scalar("databroker_storage_type").ifPresent(value -> check(ctx, value));
  }

  private static void check(LintContext ctx, ScalarNode value) {
    String name = value.text();
    List<String> available = StorageTypes.namesIn(ctx.version());
    if (!available.contains(name)) {
      String why =
          StorageTypes.find(name)
              .map(b -> b.since() != null && ctx.version().compareTo(b.since()) < 0
                  ? "arrived in Pomerium " + b.since()
                  : "was removed in Pomerium " + b.removedIn())
              .orElse("is not a storage backend");
      ctx.report(
          value,
          "databroker storage '" + name + "' " + why + "; Pomerium " + ctx.version() + " refuses to load (\"unknown databroker storage backend type\")",
          Suggest.closest(name, available).map(c -> "did you mean '" + c + "'? ").orElse("") + "available: " + String.join(", ", available));
    } else if (name.equals("postgres") && !OptionValue.isSet(ctx.options(), "databroker_storage_connection_string")) {
      ctx.report(
          value,
          "postgres storage without databroker_storage_connection_string; Pomerium refuses to load (\"missing databroker storage backend dsn\")",
          "set databroker_storage_connection_string_file to a file holding the postgres DSN");
    }
  }
}
