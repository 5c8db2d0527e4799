package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code dns_resolvers} entries are {@code udp://IP:port} or {@code tcp://IP:port} (envoyconfig.go). */
public final class InvalidDnsResolver extends Rule {
  private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%.+)?");

  public InvalidDnsResolver() {
    super(
        RuleInfo.of("invalid-dns-resolver", Severity.ERROR, "A dns_resolvers entry is not udp:// or tcp:// IP:port")
            .description(
                "Envoy takes DNS resolvers as udp://<IP>:<port> or tcp://<IP>:<port>. Another scheme, a host name"
                    + " instead of an IP address, or a missing port keeps Pomerium from building its Envoy"
                    + " configuration (\"unsupported url scheme\", \"host must be an IP address\", \"must include a port\").")
            .bad("dns_resolvers: [dns.google]")
            .good("dns_resolvers: [udp://8.8.8.8:53]")
            .appliesTo("0.32 and later"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!OptionValue.readBy(ctx, "dns_resolvers")) {
      return;
    }
    ctx.options().get("dns_resolvers").ifPresent(value -> {
      List<Node> items = value instanceof ListNode list ? list.items() : List.of(value);
      for (Node item : items) {
        if (item instanceof ScalarNode s && !s.isBlank()) {
          for (String entry : s.text().split(",")) {
            problem(entry.trim()).ifPresent(p -> ctx.report(s, "dns resolver '" + entry.trim() + "' " + p, "write udp://IP:53 or tcp://IP:53"));
          }
        }
      }
    });
  }

  private static Optional<String> problem(String entry) {
    Parsed<GoUrl> parsed = GoUrl.parse(entry);
    if (!parsed.isOk()) {
      return Optional.of(parsed.error());
    }
    GoUrl url = parsed.value();
    if (!url.scheme().equals("udp") && !url.scheme().equals("tcp")) {
      return Optional.of("has the scheme '" + url.scheme() + "'; Envoy takes udp or tcp");
    }
    String host = url.hostName();
    if (!IPV4.matcher(host).matches() && !(url.host().startsWith("[") && IPV6.matcher(host).matches())) {
      return Optional.of("does not name an IP address");
    }
    if (url.port() <= 0 || url.port() > 65535) {
      return Optional.of("has no valid port");
    }
    return Optional.empty();
  }
}
