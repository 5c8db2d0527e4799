package io.github.pomeriumlint.pomerium;

import java.util.Set;

/**
 * The options whose values are secrets: never shown, not even in the source line a report quotes
 * under a finding (CONTRACT section 6). Names are Pomerium's lower-case keys at any depth.
 */
public final class SecretKeys {
  private SecretKeys() {}

  private static final Set<String> NAMES =
      Set.of(
          "shared_secret", "cookie_secret", "idp_client_secret", "idp_service_account", "client_secret",
          "signing_key", "databroker_storage_connection_string", "certificate_key", "key", "tls_client_key",
          "metrics_basic_auth", "google_cloud_serverless_authentication_service_account",
          "kubernetes_service_account_token", "sentry_dsn", "autocert_eab_mac_key", "metrics_certificate_key",
          "ssh_user_ca_key", "ssh_host_keys", "authorization", "proxy-authorization");

  public static boolean isSecret(String key) {
    return NAMES.contains(key);
  }
}
