package io.github.pomeriumlint.rules.options;

import com.google.re2j.PatternSyntaxException;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoBase64;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * {@code downstream_mtls}: ca/ca_file and crl/crl_file exclude each other, inline values are
 * base64, and each {@code match_subject_alt_names} entry is one SAN type with an RE2 pattern.
 */
public final class DownstreamMtls extends Rule {
  private static final List<String> SAN_TYPES = List.of("email", "dns", "uri", "ip_address", "user_principal_name");

  public DownstreamMtls() {
    super(
        RuleInfo.of("downstream-mtls", Severity.ERROR, "downstream_mtls settings Pomerium refuses")
            .description(
                "Pomerium refuses to load downstream_mtls with both ca and ca_file (or crl and crl_file), a ca or crl"
                    + " that is not base64, a SAN matcher of an unknown type, or a pattern that is not a valid"
                    + " regular expression (\"config: bad downstream mTLS settings\").")
            .bad("downstream_mtls:\n  match_subject_alt_names:\n    - mail: .*@example\\.com")
            .good("downstream_mtls:\n  match_subject_alt_names:\n    - email: .*@example\\.com"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!OptionValue.readBy(ctx, "downstream_mtls")) {
      return;
    }
    ctx.options().get("downstream_mtls").filter(MapNode.class::isInstance).map(Node::asMap).ifPresent(mtls -> {
      pair(ctx, mtls, "ca");
      pair(ctx, mtls, "crl");
      mtls.get("match_subject_alt_names").filter(ListNode.class::isInstance).ifPresent(list -> {
        for (Node item : list.asList().items()) {
          if (item instanceof MapNode matcher) {
            checkMatcher(ctx, matcher);
          }
        }
      });
    });
  }

  private static void pair(LintContext ctx, MapNode mtls, String key) {
    Optional<ScalarNode> inline = mtls.scalar(key);
    if (inline.isPresent() && mtls.scalar(key + "_file").isPresent()) {
      ctx.report(inline.get(), "downstream_mtls sets both " + key + " and " + key + "_file; Pomerium refuses to load", "keep one of them");
    } else if (inline.isPresent()) {
      Parsed<byte[]> decoded = GoBase64.decodeStd(inline.get().text());
      if (!decoded.isOk()) {
        ctx.report(inline.get(), "the value of 'downstream_mtls." + key + "' " + decoded.error() + "; Pomerium refuses to load", "set the base64 of the PEM, e.g. base64 -w0 " + key + ".pem");
      }
    }
  }

  private static void checkMatcher(LintContext ctx, MapNode matcher) {
    for (MapNode.Entry entry : matcher.entries()) {
      if (!SAN_TYPES.contains(entry.name())) {
        ctx.report(entry.key(), "'" + entry.key().text() + "' is not a SAN type; Pomerium refuses to load (\"unknown SAN type\")", "use one of: " + String.join(", ", SAN_TYPES));
      } else if (entry.value() instanceof ScalarNode pattern && !pattern.isNull()) {
        try {
          com.google.re2j.Pattern.compile(pattern.text());
        } catch (PatternSyntaxException e) {
          ctx.report(pattern, "the " + entry.name() + " pattern is not a valid regular expression (" + e.getDescription() + "); Pomerium refuses to load", "write an RE2 (Go) regular expression");
        }
      }
    }
  }
}
