package io.github.pomeriumlint.rules.routes;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/**
 * A route regex that RE2 does not compile. Pomerium ignores the compile error of {@code regex} at
 * load, but Envoy compiles every route regex with RE2 and rejects the whole configuration.
 */
public final class InvalidRouteRegex extends RouteRule {
  private static final List<String> REGEX_KEYS =
      List.of("regex", "regex_rewrite_pattern", "host_path_regex_rewrite_pattern");

  public InvalidRouteRegex() {
    super(
        RuleInfo.of("invalid-route-regex", Severity.ERROR, "A route regex does not compile under RE2")
            .description(
                "Envoy uses RE2, which has no look-around and no back-references. Pomerium loads a route whose"
                    + " regex RE2 rejects (it drops the compile error), then Envoy refuses the configuration and"
                    + " no route is served.")
            .bad("regex: ^/(?!admin).*")
            .good("regex: ^/(api|app)/.*"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    MapNode r = route.node();
    for (String key : REGEX_KEYS) {
      r.scalar(key).ifPresent(value -> {
        try {
          Pattern.compile(value.text());
        } catch (PatternSyntaxException e) {
          ctx.report(value, "'" + key + "' is not an RE2 regular expression: " + e.getDescription(), "RE2 has no look-around or back-references; rewrite the expression without them");
        }
      });
    }
  }
}
