package io.github.pomeriumlint.filter;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/** The findings the filter stage itself reports, about suppression comments. */
public final class FilterRules {
  static final String MALFORMED = "suppression-malformed";
  static final String WITHOUT_REASON = "suppression-without-reason";
  static final String UNUSED = "suppression-unused";

  private FilterRules() {}

  public static List<RuleInfo> all() {
    return List.of(
        RuleInfo.of(MALFORMED, Severity.WARNING, "A pomerium-lint comment that is not a suppression")
            .description(
                "A comment that starts with 'pomerium-lint:' but is not 'disable=RULE[,RULE] -- reason' or "
                    + "'disable-file=RULE -- reason' suppresses nothing, though its author meant it to.")
            .bad("idp_provier: azure # pomerium-lint: ignore unknown-key")
            .good("idp_provier: azure # pomerium-lint: disable=unknown-key -- read by our wrapper script")
            .build(),
        RuleInfo.of(WITHOUT_REASON, Severity.WARNING, "A suppression without a reason")
            .description(
                "Every suppression says why after '--', so that a reviewer can judge it and a later reader "
                    + "knows when it may go. The suppression still applies.")
            .bad("# pomerium-lint: disable=unknown-key\nidp_provier: azure")
            .good("# pomerium-lint: disable=unknown-key -- read by our wrapper script\nidp_provier: azure")
            .build(),
        RuleInfo.of(UNUSED, Severity.INFO, "A suppression that suppresses nothing")
            .description(
                "The rule it names reports nothing where the comment applies (the line itself, the next line "
                    + "for a comment on its own line, or the file for disable-file), or the name is not a rule id. "
                    + "Stale suppressions hide the next real finding.")
            .bad("# pomerium-lint: disable=unknown-key -- legacy option\naddress: ':443'")
            .good("address: ':443'")
            .build());
  }
}
