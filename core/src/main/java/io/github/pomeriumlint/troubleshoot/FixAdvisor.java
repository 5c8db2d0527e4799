package io.github.pomeriumlint.troubleshoot;

import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.ppl.Action;
import io.github.pomeriumlint.rules.Route;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The smallest change that lets a refused user in, said in one sentence. */
final class FixAdvisor {
  /** Criteria about who the user is, as opposed to what the request is. */
  private static final Set<String> IDENTITY = Set.of("authenticated_user", "email", "domain", "user", "claim", "claims", "groups");

  private FixAdvisor() {}

  static Optional<String> fix(Route route, Evaluation e, User user) {
    if (e.decision() == Decision.ALLOW) {
      return Optional.empty();
    }
    Optional<CriterionCheck> denier = e.criteria().stream().filter(c -> c.action() == Action.DENY && c.matched()).findFirst();
    if (denier.isPresent()) {
      return Optional.of("narrow or remove the deny rule's '" + denier.get().label() + "' at " + at(denier.get().where())
          + "; deny wins over every allow rule");
    }
    Optional<CriterionCheck> fixable = e.criteria().stream().filter(c -> c.action() == Action.ALLOW && c.hint().isPresent()).findFirst();
    if (fixable.isPresent()) {
      return Optional.of(fixable.get().hint().get() + ", at " + at(fixable.get().where()));
    }
    // the user would pass, but not with this request: adding them to the rule would change nothing
    List<CriterionCheck> blockers = e.nearestAllowBlockers();
    if (user.signedIn() && !blockers.isEmpty() && blockers.stream().noneMatch(c -> IDENTITY.contains(c.criterion().name()))) {
      CriterionCheck first = blockers.get(0);
      return Optional.of("the allow rule that would let this user in also requires '" + first.label() + "' at " + at(first.where())
          + ", which this request does not meet; widen it if such requests should pass");
    }
    if (!user.signedIn()) {
      return Optional.of("sign in first; to open the route to everyone, set allow_public_unauthenticated_access: true");
    }
    String where = e.hasAllowRule() ? "to the route's allow rule" : "an allow rule to the route (it has none, so everyone is refused)";
    String at = " at " + at(route.node());
    if (user.email().isEmpty()) {
      String oid = user.userId().orElse("<object id>");
      String group = user.groupIds().filter(g -> !g.isEmpty()).map(g -> g.get(0)).orElse("<group id>");
      boolean emailRules = e.criteria().stream().anyMatch(c -> Set.of("email", "domain").contains(c.criterion().name()));
      return Optional.of((emailRules ? "the user has no email address, so email and domain rules never match: " : "")
          + "add 'user: {is: " + oid + "}' or 'claim/groups: " + group + "' " + where + at
          + (emailRules ? ", or give the account a mail address" : ""));
    }
    return Optional.of("add 'email: {is: " + user.email().get() + "}' " + where + at);
  }

  private static String at(Node node) {
    return node.span().file() + ":" + node.span().line() + ":" + node.span().column();
  }
}
