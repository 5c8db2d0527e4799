package io.github.pomeriumlint.troubleshoot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user as Pomerium's policy sees them.
 *
 * @param email the {@code email} claim; empty when the IdP sends none (Pomerium never falls back to
 *     the UPN or {@code preferred_username})
 * @param userId the session's user id: for Azure the object id ({@code oid}), else {@code sub}
 * @param claims the ID token's claims, each a list of values
 * @param groupIds the directory's group ids (transitive), when known from Graph
 * @param upn the user principal name, when known from Graph (never matched; shown to explain)
 */
public record User(
    Optional<String> email,
    Optional<String> userId,
    Map<String, List<String>> claims,
    Optional<List<String>> groupIds,
    Optional<String> upn) {

  public User {
    email = email.filter(e -> !e.isBlank());
    userId = userId.filter(u -> !u.isBlank());
    Map<String, List<String>> copy = new LinkedHashMap<>();
    claims.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    claims = java.util.Collections.unmodifiableMap(copy);
    groupIds = groupIds.map(List::copyOf);
  }

  /** A user described on the command line. */
  public static User of(String email, String userId, Map<String, List<String>> claims) {
    return new User(Optional.ofNullable(email), Optional.ofNullable(userId), claims, Optional.empty(), Optional.empty());
  }

  /** Whether there is a session at all; without one Pomerium sends the user to sign in. */
  public boolean signedIn() {
    return email.isPresent() || userId.isPresent() || !claims.isEmpty();
  }

  /** What Pomerium's {@code domain} criterion reads: {@code split(email, "@")[1]}. */
  public Optional<String> domain() {
    return email.map(e -> e.split("@", -1)).filter(parts -> parts.length > 1).map(parts -> parts[1]);
  }
}
