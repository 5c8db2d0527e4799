package io.github.pomeriumlint.pomerium;

import java.util.List;

/** The identity provider names Pomerium's registry knows ({@code pkg/identity/providers.go}, 0.33). */
public final class IdpProviders {
  public static final List<String> NAMES =
      List.of("apple", "auth0", "azure", "cognito", "github", "gitlab", "google", "hosted", "oidc", "okta", "onelogin", "ping");

  private IdpProviders() {}

  public static boolean isKnown(String name) {
    return NAMES.contains(name);
  }
}
