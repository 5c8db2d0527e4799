package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.ListNode;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.values.GoUrl;
import io.github.pomeriumlint.pomerium.values.Parsed;
import io.github.pomeriumlint.rules.LintContext;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The raft cluster options (0.31+): every node has a grpc_address URL and a host:port raft address,
 * and the leader and this node's id name one of the nodes (options_databroker.go).
 */
public final class DatabrokerCluster extends Rule {
  public DatabrokerCluster() {
    super(
        RuleInfo.of("databroker-cluster", Severity.ERROR, "The databroker cluster settings do not fit together")
            .description(
                "Pomerium refuses to load a databroker_cluster_nodes entry whose grpc_address is not an absolute URL"
                    + " or whose raft_address is not host:port, and a databroker_cluster_leader_id or"
                    + " databroker_cluster_node_id that is not the id of a node (\"leader not found in cluster nodes\").")
            .bad("databroker_cluster_node_id: node-4\ndatabroker_cluster_nodes:\n  - id: node-1\n    grpc_address: node-1:5443")
            .good("databroker_cluster_node_id: node-1\ndatabroker_cluster_nodes:\n  - id: node-1\n    grpc_address: http://node-1:5443")
            .appliesTo("0.31 and later"));
  }

  @Override
  public void check(LintContext ctx) {
    if (!OptionValue.readBy(ctx, "databroker_cluster_nodes")) {
      return;
    }
    List<String> ids = new ArrayList<>();
    ctx.options().get("databroker_cluster_nodes").filter(ListNode.class::isInstance).ifPresent(list -> {
      for (Node item : list.asList().items()) {
        if (item instanceof MapNode node) {
          node.scalar("id").map(ScalarNode::text).ifPresent(ids::add);
          checkNode(ctx, node);
        }
      }
    });
    checkId(ctx, "databroker_cluster_leader_id", ids, "leader not found in cluster nodes");
    checkId(ctx, "databroker_cluster_node_id", ids, "node not found in cluster nodes");
  }

  private static void checkNode(LintContext ctx, MapNode node) {
    ScalarNode grpc = node.scalar("grpc_address").orElse(null);
    Parsed<GoUrl> url = GoUrl.parse(grpc == null ? "" : grpc.text());
    if (!url.isOk()) {
      ctx.report(grpc == null ? node : grpc, "the node's grpc_address " + url.error() + "; Pomerium refuses to load (\"invalid databroker cluster node grpc address\")", "write its URL, e.g. http://node-1:5443");
    }
    node.scalar("raft_address").filter(raft -> !splitsHostPort(raft.text())).ifPresent(raft ->
        ctx.report(raft, "the node's raft_address is not host:port; Pomerium refuses to load (\"invalid databroker cluster node raft address\")", "write host:port, e.g. node-1:5999"));
  }

  /** Go's {@code net.SplitHostPort}, which does not look at the port itself. */
  private static boolean splitsHostPort(String address) {
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      return close > 0 && address.startsWith(":", close + 1) && address.indexOf(':', close + 2) < 0;
    }
    int colon = address.indexOf(':');
    return colon >= 0 && colon == address.lastIndexOf(':') && address.indexOf('[') < 0 && address.indexOf(']') < 0;
  }

  private static void checkId(LintContext ctx, String key, List<String> ids, String loadFails) {
    ctx.options().scalar(key).filter(id -> !ids.contains(id.text())).ifPresent(id ->
        ctx.report(id, "'" + key + "' names no node of databroker_cluster_nodes; Pomerium refuses to load (\"" + loadFails + "\")",
            ids.isEmpty() ? "list the nodes in databroker_cluster_nodes" : "use one of: " + String.join(", ", ids)));
  }
}
