package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.Span;
import io.github.pomeriumlint.ppl.Action;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** The verdict for people: short enough to paste into a ticket. */
public final class VerdictText {
  private VerdictText() {}

  public static void render(Verdict v, Appendable out) throws IOException {
    out.append(v.decision().id()).append(": ").append(who(v.user())).append(" at ").append(v.url()).append('\n');
    if (v.route().isEmpty()) {
      out.append("no route matches this URL").append(v.match().nearby().isEmpty() ? "\n" : "; nearest routes:\n");
      for (RouteMatch.Near near : v.match().nearby()) {
        out.append("  ").append(at(near.route().node())).append("  ").append(near.route().node().path())
            .append(" from ").append(near.from()).append(": ").append(near.whyNot()).append('\n');
      }
    } else {
      RouteMatch.Hit hit = v.route().get();
      out.append("route: ").append(hit.route().node().path()).append(" from ").append(hit.from())
          .append(" (").append(at(hit.route().node())).append("): ").append(hit.how()).append('\n');
    }
    for (String note : v.notes()) {
      out.append("note: ").append(note).append('\n');
    }
    if (v.evaluation().isPresent()) {
      Evaluation e = v.evaluation().get();
      section(out, "allow rules (one must match)", inFileOrder(e, Action.ALLOW));
      section(out, "deny rules (none may match)", inFileOrder(e, Action.DENY));
      if (!e.hasAllowRule()) {
        out.append("the route has no allow rule, so Pomerium refuses everyone\n");
      }
    }
    out.append("reasons: ").append(String.join(", ", v.reasons())).append('\n');
    if (v.fix().isPresent()) {
      out.append("fix: ").append(v.fix().get()).append('\n');
    }
  }

  private static List<CriterionCheck> inFileOrder(Evaluation e, Action action) {
    return e.criteria().stream()
        .filter(c -> c.action() == action)
        .sorted(Comparator.comparingInt((CriterionCheck c) -> c.where().span().line()).thenComparingInt(c -> c.where().span().column()))
        .toList();
  }

  private static void section(Appendable out, String title, List<CriterionCheck> checks) throws IOException {
    if (checks.isEmpty()) {
      return;
    }
    out.append(title).append(":\n");
    int width = checks.stream().mapToInt(c -> lineColumn(c.where()).length()).max().orElse(0);
    for (CriterionCheck c : checks) {
      out.append("  line ").append(String.format("%-" + width + "s  %-12s  ", lineColumn(c.where()), c.outcome().words()))
          .append(c.label()).append(": ").append(c.why()).append('\n');
    }
  }

  static String who(User user) {
    if (!user.signedIn()) {
      return "a visitor who is not signed in";
    }
    String id = user.userId().map(u -> " (user id " + u + ")").orElse("");
    return user.email().map(e -> e + id).orElseGet(() -> user.upn().orElse("a user") + " without email" + id);
  }

  /** Criteria sit in their route's file, which the route line names. */
  private static String lineColumn(Node node) {
    return node.span().line() + ":" + node.span().column();
  }

  private static String at(Node node) {
    Span s = node.span();
    return s.file() + ":" + s.line() + ":" + s.column();
  }
}
