package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route's {@code to} URLs, as Pomerium parses them ({@code url,weight}) and as Policy.Validate
 * and the route conversion check them. Messages never repeat a URL: it may carry a password.
 */
public final class InvalidRouteTo extends RouteRule {
  public InvalidRouteTo() {
    super(
        RuleInfo.of("invalid-route-to", Severity.ERROR, "A 'to' URL is one Pomerium refuses")
            .description(
                "Each 'to' entry is a URL with scheme and host, optionally followed by ',weight'. Pomerium"
                    + " refuses a zero weight, weights on some entries but not all, a URL without scheme or"
                    + " host, tcp:// or udp:// or unix: upstreams mixed with other kinds, and an ssh route"
                    + " whose upstream is not ssh://.")
            .bad("routes:\n  - from: https://app.example.com\n    to:\n      - https://a.internal,2\n      - https://b.internal")
            .good("routes:\n  - from: https://app.example.com\n    to:\n      - https://a.internal,2\n      - https://b.internal,1"));
  }

  /** The upstream kinds that cannot be mixed with others, in the order Validate checks them. */
  private static final List<String> KINDS = List.of("tcp", "udp", "unix");

  /** One parsed {@code to} entry. */
  private record Target(ScalarNode node, GoUrl url, boolean weighted) {}

  @Override
  public void check(LintContext ctx, Route route) {
    List<Target> targets = new ArrayList<>();
    for (ScalarNode entry : RouteFields.strings(route.node(), "to")) {
      parse(ctx, entry).ifPresent(targets::add);
    }
    checkWeights(ctx, targets);
    // Validate stops at the first mix it finds, in this order
    for (String kind : KINDS) {
      if (checkMix(ctx, targets, kind)) {
        break;
      }
    }
    Optional<GoUrl> from = RouteFields.from(route.node());
    if (from.isPresent() && from.get().scheme().equals("ssh")) {
      for (Target t : targets) {
        if (!t.url.scheme().equals("ssh")) {
          ctx.report(t.node, "an ssh route needs an ssh:// upstream ('to' route url must have ssh scheme)", "write it as ssh://<host>:22");
        }
      }
    }
  }

  private Optional<Target> parse(LintContext ctx, ScalarNode entry) {
    String text = entry.text().trim();
    boolean weighted = false;
    int comma = text.indexOf(',');
    if (comma >= 0) {
      String weight = text.substring(comma + 1);
      if (!weight.matches("\\d{1,10}") || Long.parseLong(weight) > 0xFFFFFFFFL) {
        ctx.report(entry, "the weight after the comma in 'to' is not a whole number", "write URL,weight with a positive weight");
        return Optional.empty();
      }
      if (Long.parseLong(weight) == 0) {
        ctx.report(entry, "a 'to' weight of 0 is not permitted (zero load balancing weight not permitted)", "use a positive weight");
        return Optional.empty();
      }
      text = text.substring(0, comma);
      weighted = true;
    }
    Parsed<GoUrl> parsed = GoUrl.parse(text);
    if (!parsed.isOk()) {
      ctx.report(entry, "the 'to' URL " + parsed.error() + "; Pomerium refuses the route", "write it as https://<host>[:port]");
      return Optional.empty();
    }
    return Optional.of(new Target(entry, parsed.value(), weighted));
  }

  private void checkWeights(LintContext ctx, List<Target> targets) {
    boolean anyWeighted = false;
    for (Target t : targets) {
      anyWeighted |= t.weighted;
    }
    if (!anyWeighted) {
      return;
    }
    for (Target t : targets) {
      if (!t.weighted) {
        ctx.report(
            t.node,
            "this 'to' entry has no weight while others have one; give all endpoints a non-zero weight, or none",
            "append ,1 (or the weight you want)");
      }
    }
  }

  /** tcp, udp and unix upstreams cannot be mixed with others: reported at the first odd one. */
  private boolean checkMix(LintContext ctx, List<Target> targets, String kind) {
    if (targets.isEmpty()) {
      return false;
    }
    boolean firstIsKind = isKind(targets.get(0).url, kind);
    for (Target t : targets) {
      if (isKind(t.url, kind) != firstIsKind) {
        ctx.report(t.node, "cannot mix " + kind + " and non-" + kind + " 'to' URLs in one route", "split them into two routes");
        return true;
      }
    }
    return false;
  }

  private static boolean isKind(GoUrl url, String kind) {
    String scheme = url.scheme();
    // ends with "+kind", without building that string for every target and kind
    return scheme.equals(kind) || scheme.endsWith(kind) && scheme.length() > kind.length() && scheme.charAt(scheme.length() - kind.length() - 1) == '+';
  }
}
