package io.github.pomeriumlint.rules.azure;

import io.github.pomeriumlint.rules.Rule;
import java.util.List;

/** The rules about the Azure AD (Entra ID) identity provider. */
public final class AzureRules {
  private AzureRules() {}

  public static List<Rule> all() {
    return List.of(
        new AzureProviderUrl(),
        new AzureClientCredentials(),
        new AzureHostedAuthenticate(),
        new AzureRedirectUri(),
        new AzureSignInParams(),
        new ServiceAccountInvalid(),
        new ServiceAccountMismatch(),
        new AzureGroupNotId(),
        new AzureUserNotId(),
        new AzureEmailOnlyRoute());
  }
}
