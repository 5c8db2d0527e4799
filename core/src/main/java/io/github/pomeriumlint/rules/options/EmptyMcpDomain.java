package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/** With the {@code mcp} runtime flag on (the default), an empty MCP domain entry stops the load. */
public final class EmptyMcpDomain extends Rule {
  public EmptyMcpDomain() {
    super(
        RuleInfo.of("empty-mcp-domain", Severity.ERROR, "An MCP domain list has an empty entry")
            .description(
                "Pomerium refuses to load when mcp_allowed_client_id_domains or mcp_allowed_as_metadata_domains holds"
                    + " an empty entry (\"config: mcp_allowed_client_id_domains[0] cannot be empty\"), unless the"
                    + " runtime flag mcp is off.")
            .bad("mcp_allowed_client_id_domains: [\"\", example.com]")
            .good("mcp_allowed_client_id_domains: [example.com]")
            .appliesTo("0.32 and later"));
  }

  @Override
  public void check(LintContext ctx) {
    if (ctx.options().get("runtime_flags").orElse(null) instanceof MapNode flags
        && flags.get("mcp").orElse(null) instanceof ScalarNode mcp
        && !mcp.asBoolean().orElse(true)) {
      return; // the mcp runtime flag is off
    }
    for (String key : List.of("mcp_allowed_client_id_domains", "mcp_allowed_as_metadata_domains")) {
      if (!OptionValue.readBy(ctx, key)) {
        continue;
      }
      if (ctx.options().get(key).orElse(null) instanceof ListNode list) {
        List<Node> items = list.items();
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i) instanceof ScalarNode s && s.text().isEmpty()) {
            ctx.report(s, key + "[" + i + "] is empty; Pomerium refuses to load (\"cannot be empty\")", "remove the empty entry");
          }
        }
      }
    }
  }
}
