/**
 * Pomerium Policy Language as Pomerium reads it, for rules and for evaluating a policy.
 *
 * <p>{@link io.github.pomeriumlint.ppl.PplParser#parse} turns the value of a route's {@code policy}
 * into a {@link io.github.pomeriumlint.ppl.Policy} of {@link io.github.pomeriumlint.ppl.PolicyRule}s
 * (allow / deny), each with {@link io.github.pomeriumlint.ppl.Condition}s (and / or / not / nor)
 * over {@link io.github.pomeriumlint.ppl.Criterion}s, and lists what Pomerium would refuse as
 * {@link io.github.pomeriumlint.ppl.PplProblem}s. Every element keeps its config node, so a finding
 * or an explanation can point at it. {@link io.github.pomeriumlint.ppl.RoutePolicy#effective} adds
 * the legacy access fields the way Pomerium's {@code ToPPL} does.
 *
 * <p>To visit every criterion: {@code policy.criteria().forEach(located -> ...)}; each
 * {@link io.github.pomeriumlint.ppl.Policy.Located} names its rule and condition too.
 *
 * <p>Semantics (Pomerium's {@code internals/ppl}): access is granted when at least one allow rule
 * matches and no deny rule matches. A rule matches when all its conditions match; {@code and}: every
 * criterion, {@code or}: at least one, {@code not}: none, {@code nor}: not every one. Criterion names
 * and matchers are checked against {@link io.github.pomeriumlint.pomerium.PplCriteria}.
 */
package io.github.pomeriumlint.ppl;
