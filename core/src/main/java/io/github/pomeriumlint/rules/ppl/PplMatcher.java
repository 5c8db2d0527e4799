package io.github.pomeriumlint.rules.ppl;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.PplCriteria;
import io.github.pomeriumlint.ppl.Criterion;
import io.github.pomeriumlint.ppl.PplParser;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Route;
import io.github.pomeriumlint.rules.RouteRule;
import io.github.pomeriumlint.rules.RuleInfo;
import io.github.pomeriumlint.rules.Suggest;
import java.util.Set;
import java.util.regex.Pattern;

/** A matcher operator the criterion does not have, or a value of the wrong shape. */
public final class PplMatcher extends RouteRule {
  private static final Set<String> LIST_OPERATORS = Set.of("in", "not_in");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)(/(3[0-2]|[12]?\\d))?");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");

  public PplMatcher() {
    super(
        RuleInfo.of("ppl-matcher", Severity.ERROR, "A criterion's matcher is unknown or has the wrong value")
            .description(
                "Each criterion takes one kind of matcher: strings (email, domain, user, http_method, http_path,"
                    + " mcp_tool, ssh_username) take is / not / contains / starts_with / ends_with / in / not_in;"
                    + " string lists (claim, groups) take has / is / exclude; client_certificate takes fingerprint /"
                    + " spki_hash / san_email / san_dns / san_uri; device takes is / approved / type. Anything else"
                    + " makes the authorize service fail to build the policy (error). A list where a string is"
                    + " compared never matches (warning).")
            .bad("allow:\n  or:\n    - email: {equals: alice@example.com}")
            .good("allow:\n  or:\n    - email: {is: alice@example.com}"));
  }

  @Override
  public void check(LintContext ctx, Route route) {
    for (Criterion c : ctx.writtenCriteria(route)) {
      PplCriteria.find(c.name()).ifPresent(def -> {
        switch (def.matcher()) {
          case STRING -> checkString(ctx, c);
          case STRING_LIST -> checkOperators(ctx, c.value(), PplCriteria.STRING_LIST_OPERATORS, "unknown string list matcher operator: ");
          case CERTIFICATE -> checkCertificate(ctx, c);
          case DEVICE -> checkOperators(ctx, c.value(), PplCriteria.DEVICE_KEYS, "unexpected field in device criterion: ");
          case IP -> checkIp(ctx, c.value());
          case NONE, ANY -> { }
        }
      });
    }
  }

  private void checkString(LintContext ctx, Criterion c) {
    if (!(c.value() instanceof MapNode map)) {
      neverMatches(ctx, c.value(), c.name());
      return;
    }
    checkOperators(ctx, map, PplCriteria.STRING_OPERATORS, "unknown string matcher operator: ");
    for (MapNode.Entry e : map.entries()) {
      if (LIST_OPERATORS.contains(e.name()) && !(e.value() instanceof ListNode)) {
        ctx.report(
            e.value(),
            e.name() + " matcher requires an array of strings; the authorize service cannot build the policy",
            "write a list: " + e.name() + ": [a, b]");
      } else if (PplCriteria.STRING_OPERATORS.contains(e.name()) && !LIST_OPERATORS.contains(e.name())) {
        neverMatches(ctx, e.value(), e.name());
      }
    }
  }

  private void neverMatches(LintContext ctx, Node value, String what) {
    if (value instanceof ScalarNode s && s.isNull()) {
      ctx.report(Severity.WARNING, value, "'" + what + "' has no value, so it never matches", "give it the string to compare with");
    } else if (value instanceof ListNode || value instanceof MapNode) {
      ctx.report(
          Severity.WARNING,
          value,
          "'" + what + "' compares the request's string with " + value.describe() + " as a whole, so it never matches",
          "to match any of several values, write in: [a, b]");
    }
  }

  private void checkOperators(LintContext ctx, Node value, Set<String> known, String pomeriumMessage) {
    if (!(value instanceof MapNode map)) {
      return;
    }
    for (MapNode.Entry e : map.entries()) {
      if (!known.contains(e.name())) {
        ctx.report(
            e.key(),
            pomeriumMessage + e.key().text() + "; the authorize service cannot build the policy",
            Suggest.closest(e.name(), known)
                .map(s -> "did you mean '" + s + "'?")
                .orElse("use one of " + String.join(", ", known.stream().sorted().toList())));
      }
    }
  }

  private void checkCertificate(LintContext ctx, Criterion c) {
    if (c.value() instanceof MapNode) {
      checkOperators(ctx, c.value(), PplCriteria.CERTIFICATE_KEYS, "unsupported certificate matcher condition: ");
    } else {
      ctx.report(
          c.value(),
          "expected object for certificate matcher, got: " + PplParser.goType(c.value()) + "; the authorize service cannot build the policy",
          "write e.g. client_certificate: {fingerprint: <sha256 hex>}");
    }
  }

  private void checkIp(LintContext ctx, Node value) {
    if (value instanceof ListNode list) {
      list.items().forEach(item -> checkIp(ctx, item));
    } else if (value instanceof ScalarNode s) {
      String ip = s.text().trim();
      if (!IPV4.matcher(ip).matches() && !IPV6.matcher(ip).matches()) {
        ctx.report(s, "'" + s.text() + "' is not an IP address or CIDR range", "write e.g. 10.0.0.0/8 or 2001:db8::/32");
      }
    } else {
      ctx.report(
          value,
          "source_ip takes an IP address or CIDR range, or a list of them, not " + value.describe(),
          "write e.g. source_ip: [10.0.0.0/8]");
    }
  }
}
