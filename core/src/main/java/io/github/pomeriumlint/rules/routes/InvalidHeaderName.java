package io.github.pomeriumlint.rules.routes;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Header names a route sets, removes or rewrites must be RFC 9110 tokens. */
public final class InvalidHeaderName extends RouteRule {
  /** RFC 9110 token, the same expression Pomerium applies to jwt_claims_headers. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9a-zA-Z]+");

  public InvalidHeaderName() {
    super(
        RuleInfo.of("invalid-header-name", Severity.WARNING, "A header name is not a valid HTTP token")
            .description(
                "HTTP header names are tokens: letters, digits and !#$%&'*+-.^_`|~, no spaces or colons. A name"
                    + " outside that set in set_request_headers, set_response_headers, remove_request_headers,"
                    + " rewrite_response_headers or host_rewrite_header never matches or produces a request that"
                    + " upstreams reject.")
            .bad("set_request_headers:\n  X Forwarded User: alice")
            .good("set_request_headers:\n  X-Forwarded-User: alice"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (ScalarNode name : headerNames(route.node())) {
      if (!TOKEN.matcher(name.text()).matches()) {
        ctx.report(name, "'" + name.text() + "' is not a valid HTTP header name", "use letters, digits and '-'");
      }
    }
  }

  private static List<ScalarNode> headerNames(MapNode route) {
    List<ScalarNode> names = new ArrayList<>();
    for (String key : List.of("set_request_headers", "set_response_headers")) {
      if (route.get(key).orElse(null) instanceof MapNode headers) {
        for (MapNode.Entry e : headers.entries()) {
          names.add(e.key());
        }
      }
    }
    names.addAll(RouteFields.strings(route, "remove_request_headers"));
    route.scalar("host_rewrite_header").ifPresent(names::add);
    if (route.get("rewrite_response_headers").orElse(null) instanceof ListNode rewrites) {
      for (Node item : rewrites.items()) {
        ScalarNode header = item instanceof MapNode rewrite ? rewrite.scalar("header").orElse(null) : null;
        if (header != null) {
          names.add(header);
        }
      }
    }
    return names;
  }
}
