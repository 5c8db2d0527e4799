package io.github.pomeriumlint.online;

import io.github.pomeriumlint.azure.AzureCloud;

import java.util.Optional;

/**
 * An app-only access token and the cloud that issued it. Its value is never printed:
 * {@link #toString()} is redacted, so a token cannot slip into a message or a log.
 */
public final class AccessToken {
  private final String value;
  private final Optional<AzureCloud> cloud;

  public AccessToken(String value, Optional<AzureCloud> cloud) {
    this.value = value;
    this.cloud = cloud;
  }

  /** The bearer value, for an {@code Authorization} header only. */
  String value() {
    return value;
  }

  /** The cloud whose Graph may receive it; empty for a trusted test authority. */
  public Optional<AzureCloud> cloud() {
    return cloud;
  }

  @Override
  public String toString() {
    return "AccessToken[redacted]";
  }
}
