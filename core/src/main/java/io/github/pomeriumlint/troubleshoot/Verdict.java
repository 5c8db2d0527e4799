package io.github.pomeriumlint.troubleshoot;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "why does this user get a 403 at this URL?".
 *
 * @param url the URL as given
 * @param route the route Pomerium picks, empty for {@link Decision#NO_ROUTE}
 * @param match how routes matched the URL (the pick, the routes it shadows, near misses)
 * @param evaluation the route's policy judged for the user, when there is a route
 * @param notes what else an operator should know (a policy Pomerium refuses, file order versus Pomerium's order)
 * @param fix the smallest change that lets the user in, if one is known
 */
public record Verdict(
    String url,
    User user,
    Decision decision,
    RouteMatch match,
    Optional<Evaluation> evaluation,
    List<String> notes,
    Optional<String> fix) {

  public Verdict {
    notes = List.copyOf(notes);
  }

  public Optional<RouteMatch.Hit> route() {
    return match.chosen();
  }

  /** Pomerium's reason codes: {@code route-not-found} when no route matches. */
  public List<String> reasons() {
    return evaluation.map(e -> List.copyOf(e.reasons())).orElse(List.of("route-not-found"));
  }
}
