package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.DurationBounds;
import io.github.pomeriumlint.pomerium.KeyDef;
import io.github.pomeriumlint.pomerium.TopLevelKeys;
import io.github.pomeriumlint.pomerium.ValueType;
import io.github.pomeriumlint.pomerium.values.GoDuration;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.time.Duration;

/**
 * Duration options are Go durations: a string such as {@code 30s} is parsed with
 * {@code time.ParseDuration} (an error stops the load); a bare YAML number is taken as nanoseconds,
 * which is legal but never what was meant.
 */
public final class InvalidDuration extends Rule {
  public InvalidDuration() {
    super(
        RuleInfo.of("invalid-duration", Severity.ERROR, "A duration option is not a Go duration")
            .description(
                "Durations such as timeout_read or cookie_expire take Go's syntax: a number with a unit (ns, us, ms,"
                    + " s, m, h), e.g. 30s or 1h30m; 'd' is not a unit and '30' has none, and either stops the load."
                    + " A bare YAML number is read as nanoseconds (timeout_read: 30 is 30ns), a warning. The DNS"
                    + " refresh rates must be at least 1ms and dns_query_timeout must not be negative.")
            .bad("cookie_expire: 1d\ntimeout_read: 30")
            .good("cookie_expire: 24h\ntimeout_read: 30s"));
  }

  @Override
  public void check(LintContext ctx) {
    for (MapNode.Entry entry : ctx.options().entries()) {
      KeyDef key = TopLevelKeys.find(entry.name()).orElse(null);
      if (key != null && key.type() == ValueType.DURATION && key.existsIn(ctx.version()) && entry.value() instanceof ScalarNode value) {
        check(ctx, key.name(), entry.key().text(), value);
      }
    }
  }

  private static void check(LintContext ctx, String key, String name, ScalarNode value) {
    switch (value.kind()) {
      case NULL, BOOLEAN -> {}
      case INTEGER, FLOAT -> {
        if (!value.text().matches("[-+]?0*(\\.0*)?")) {
          ctx.report(
              Severity.WARNING,
              value,
              "'" + name + "' is a bare number, which Pomerium reads as nanoseconds",
              "add a unit, e.g. " + value.text() + "s");
        }
        try {
          checkBound(ctx, key, name, value, Duration.ofNanos((long) Double.parseDouble(value.text())));
        } catch (NumberFormatException e) {
          // YAML forms such as 0x1F or .inf: the warning above says enough
        }
      }
      case STRING -> {
        if (value.text().isEmpty()) {
          return;
        }
        Parsed<Duration> parsed = GoDuration.parse(value.text());
        if (!parsed.isOk()) {
          ctx.report(
              value,
              "'" + value.text() + "' " + parsed.error() + "; Pomerium refuses to load",
              "write a Go duration such as 30s, 5m or 1h30m (units: ns, us, ms, s, m, h)");
        } else {
          checkBound(ctx, key, name, value, parsed.value());
        }
      }
    }
  }

  private static void checkBound(LintContext ctx, String key, String name, ScalarNode value, Duration duration) {
    DurationBounds.of(key)
        .filter(b -> duration.compareTo(b.inclusiveMinimum()) < 0)
        .ifPresent(b -> ctx.report(
            value,
            "'" + name + "' is too small; Pomerium refuses to load (\"" + b.loadFails() + "\")",
            "set it to at least " + goDuration(b.inclusiveMinimum())));
  }

  /** The bounds are whole milliseconds; Go writes zero as 0s. */
  private static String goDuration(Duration d) {
    return d.isZero() ? "0s" : d.toMillis() + "ms";
  }
}
