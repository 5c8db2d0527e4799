package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoAddress;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * Listen addresses must be {@code host:port} with a port of 1-65535. Pomerium checks the metrics,
 * debug and health addresses at load; the others fail when Envoy or the gRPC server binds them.
 */
public final class InvalidAddress extends Rule {
  private static final List<String> ADDRESSES =
      List.of(
          "address", "grpc_address", "http_redirect_addr", "metrics_address", "debug_address", "health_check_addr",
          "envoy_admin_address", "ssh_address", "databroker_raft_bind_address");

  public InvalidAddress() {
    super(
        RuleInfo.of("invalid-address", Severity.ERROR, "A listen address is not host:port")
            .description(
                "address, grpc_address, metrics_address and the other listen addresses take host:port (the host"
                    + " may be empty: ':443'). A bare port, a name without a port or a port outside 1-65535 stops"
                    + " the load (\"config: invalid metrics_addr: expected host:port\") or the service that binds it.")
            .bad("metrics_address: 9090")
            .good("metrics_address: :9090"));
  }

  @Override
  public void check(LintContext ctx) {
    for (String key : ADDRESSES) {
      OptionValue.at(ctx, key).filter(s -> !s.isBlank()).ifPresent(value -> check(ctx, key, value));
    }
  }

  private static void check(LintContext ctx, String key, ScalarNode value) {
    String text = value.text().trim();
    if (key.equals("http_redirect_addr")) {
      text = text.replace("\"", "").replace("'", "");
    }
    Parsed<GoAddress> address = GoAddress.parse(text);
    if (!address.isOk()) {
      String hint = text.matches("\\d+") ? "write ':" + text + "' to listen on every interface" : "write host:port, e.g. :443 or 127.0.0.1:9090";
      ctx.report(value, "'" + key + "' " + address.error() + "; Pomerium cannot listen on it", hint);
    }
  }
}
