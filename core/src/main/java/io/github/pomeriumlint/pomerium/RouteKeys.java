package io.github.pomeriumlint.pomerium;

import static io.github.pomeriumlint.pomerium.KeyTable.index;
import static io.github.pomeriumlint.pomerium.KeyTable.items;
import static io.github.pomeriumlint.pomerium.KeyTable.key;
import static io.github.pomeriumlint.pomerium.KeyTable.object;
import static io.github.pomeriumlint.pomerium.ValueType.BOOL;
import static io.github.pomeriumlint.pomerium.ValueType.DURATION;
import static io.github.pomeriumlint.pomerium.ValueType.FLOAT;
import static io.github.pomeriumlint.pomerium.ValueType.INT;
import static io.github.pomeriumlint.pomerium.ValueType.MAP;
import static io.github.pomeriumlint.pomerium.ValueType.OBJECT_LIST;
import static io.github.pomeriumlint.pomerium.ValueType.PPL;
import static io.github.pomeriumlint.pomerium.ValueType.STRING;
import static io.github.pomeriumlint.pomerium.ValueType.STRING_LIST;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every key a route (an item of {@code routes:} or the legacy {@code policy:} list) has had, with
 * the releases that read it. Source: the fact sheet, sections 2.7 (route key history) and 4.1
 * (fields of P@v0.33.1 {@code config/policy.go}). A removal marked fatal is fatal only under
 * {@code routes:}: Pomerium's removedConfigFields names {@code routes.allowed_groups}, not
 * {@code policy.allowed_groups}.
 */
public final class RouteKeys {
  private static final String GROUPS = "https://docs.pomerium.com/docs/overview/upgrading#idp-groups-policy";
  private static final String AUTHORIZATION_HEADER =
      "https://www.pomerium.com/docs/deploy/core/upgrading#set-authorization-header";

  /** v0.13 to v0.31 parsed unknown route keys that are Envoy Cluster fields into envoy options. */
  private static final PomeriumVersion ENVOY_OPTS_SINCE = PomeriumVersion.of("0.13");
  private static final PomeriumVersion ENVOY_OPTS_REMOVED = PomeriumVersion.of("0.32");

  /** Field names of Envoy's v3 Cluster message (P@v0.31.0 {@code parseEnvoyClusterOpts}). */
  private static final Set<String> ENVOY_CLUSTER_FIELDS = Set.of(
      "alt_stat_name", "circuit_breakers", "cleanup_interval", "close_connections_on_host_health_failure",
      "common_http_protocol_options", "common_lb_config", "connect_timeout", "dns_failure_refresh_rate",
      "dns_lookup_family", "dns_refresh_rate", "dns_resolvers", "health_checks", "ignore_health_on_host_removal",
      "lb_policy", "lb_subset_config", "least_request_lb_config", "load_assignment", "maglev_lb_config",
      "max_requests_per_connection", "outlier_detection", "per_connection_buffer_limit_bytes", "respect_dns_ttl",
      "ring_hash_lb_config", "round_robin_lb_config", "track_timeout_budgets", "typed_extension_protocol_options",
      "upstream_bind_config", "upstream_connection_options", "use_tcp_for_dns_lookups");

  private static final Map<String, KeyDef> KEYS = index(List.of(
      // identity
      key("name", STRING).since("0.30"),
      key("description", STRING).since("0.29"),
      key("logo_url", STRING).since("0.29"),
      // matching
      key("from", STRING),
      key("prefix", STRING),
      key("path", STRING),
      key("regex", STRING),
      key("regex_priority_order", INT).since("0.24"),
      // actions
      key("to", STRING_LIST),
      object("redirect",
          key("https_redirect", BOOL),
          key("scheme_redirect", STRING),
          key("host_redirect", STRING),
          key("port_redirect", INT),
          key("path_redirect", STRING),
          key("prefix_rewrite", STRING),
          key("response_code", INT),
          key("strip_query", BOOL)).since("0.13"),
      object("response", key("status", INT), key("body", STRING)).since("0.26"),
      // access
      key("allowed_users", STRING_LIST),
      key("allowed_domains", STRING_LIST),
      key("allowed_idp_claims", MAP).since("0.11"),
      key("allow_public_unauthenticated_access", BOOL),
      key("allow_any_authenticated_user", BOOL).since("0.11"),
      key("cors_allow_preflight", BOOL),
      key("policy", PPL).since("0.15"),
      items("sub_policies",
          key("id", STRING),
          key("name", STRING),
          key("allowed_users", STRING_LIST),
          key("allowed_domains", STRING_LIST),
          key("allowed_idp_claims", MAP),
          key("rego", STRING_LIST),
          key("source_ppl", PPL),
          key("explanation", STRING),
          key("remediation", STRING)),
      // rewrites
      key("prefix_rewrite", STRING).since("0.11"),
      key("regex_rewrite_pattern", STRING).since("0.11"),
      key("regex_rewrite_substitution", STRING).since("0.11"),
      key("host_rewrite", STRING).since("0.11"),
      key("host_rewrite_header", STRING).since("0.11"),
      key("host_path_regex_rewrite_pattern", STRING).since("0.11"),
      key("host_path_regex_rewrite_substitution", STRING).since("0.11"),
      key("preserve_host_header", BOOL),
      // timeouts and upgrades
      key("timeout", DURATION),
      key("idle_timeout", DURATION).since("0.15"),
      key("allow_websockets", BOOL),
      key("allow_spdy", BOOL),
      key("allow_upgrades", STRING_LIST).since("0.33"),
      // upstream and downstream TLS
      key("tls_skip_verify", BOOL),
      key("tls_server_name", STRING),
      key("tls_upstream_server_name", STRING).since("0.18"),
      key("tls_downstream_server_name", STRING).since("0.18"),
      key("tls_custom_ca", STRING),
      key("tls_custom_ca_file", STRING),
      key("tls_client_cert", STRING),
      key("tls_client_key", STRING),
      key("tls_client_cert_file", STRING),
      key("tls_client_key_file", STRING),
      key("tls_upstream_allow_renegotiation", BOOL).since("0.21"),
      key("tls_downstream_client_ca", STRING).since("0.13"),
      key("tls_downstream_client_ca_file", STRING).since("0.13"),
      // headers
      key("set_request_headers", MAP),
      key("remove_request_headers", STRING_LIST),
      key("set_response_headers", MAP).since("0.14"),
      items("rewrite_response_headers", key("header", STRING), key("prefix", STRING), key("value", STRING))
          .since("0.14"),
      key("pass_identity_headers", BOOL),
      key("bearer_token_format", STRING).since("0.29"),
      key("jwt_issuer_format", STRING).since("0.28"),
      // upstream identity
      key("kubernetes_service_account_token", STRING),
      key("kubernetes_service_account_token_file", STRING),
      key("enable_google_cloud_serverless_authentication", BOOL),
      key("idp_client_id", STRING).since("0.17"),
      key("idp_client_secret", STRING).since("0.17"),
      key("idp_access_token_allowed_audiences", STRING_LIST).since("0.29"),
      key("show_error_details", BOOL).since("0.19"),
      key("depends_on", STRING_LIST).since("0.30"),
      object("mcp",
          object("server",
              object("upstream_oauth2",
                  key("client_id", STRING),
                  key("client_secret", STRING),
                  object("endpoint", key("auth_url", STRING), key("token_url", STRING), key("auth_style", STRING)),
                  key("scopes", STRING_LIST),
                  key("authorization_url_params", MAP)),
              key("max_request_bytes", INT),
              key("path", STRING),
              key("authorization_server_url", STRING)),
          object("client")).since("0.30"),
      object("circuit_breaker_thresholds",
          key("max_connections", INT),
          key("max_pending_requests", INT),
          key("max_requests", INT),
          key("max_retries", INT),
          key("max_connection_pools", INT)).since("0.30"),
      object("upstream_tunnel", key("ssh_policy", PPL), key("ssh_policy_rego", STRING_LIST)).since("0.31"),
      // cluster settings: protojson that discards unknown fields, so their content is not checked
      key("outlier_detection", MAP).since("0.32"),
      key("health_checks", OBJECT_LIST).since("0.32"),
      key("healthy_panic_threshold", FLOAT).since("0.32"),
      key("load_balancing_policy", STRING).since("0.32"),
      object("session_recording", key("enabled", BOOL)).since("0.33"),
      // removed
      key("allowed_groups", STRING_LIST).removedFatal("0.20", GROUPS),
      key("set_authorization_header", BOOL).removedFatal("0.24", AUTHORIZATION_HEADER),
      key("lb_policy", STRING).since("0.13").removedIn("0.32", "renamed 'load_balancing_policy' in Pomerium 0.32")));

  /** Keys that still work but that Pomerium or its API marks deprecated, with what to use instead. */
  private static final Map<String, String> DEPRECATED = Map.of(
      "tls_downstream_client_ca",
      "use the global downstream_mtls.ca; see https://www.pomerium.com/docs/reference/routes/tls#tls-downstream-client-certificate-authority",
      "tls_downstream_client_ca_file",
      "use the global downstream_mtls.ca_file; see https://www.pomerium.com/docs/reference/routes/tls#tls-downstream-client-certificate-authority",
      "tls_server_name",
      "use tls_upstream_server_name");

  private RouteKeys() {}

  /** What to use instead of a deprecated route key. */
  public static Optional<String> deprecation(String name) {
    return Optional.ofNullable(DEPRECATED.get(name));
  }

  public static Optional<KeyDef> find(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  /** The route keys the release reads, for "did you mean". */
  public static List<String> namesIn(PomeriumVersion version) {
    return KEYS.values().stream().filter(k -> k.existsIn(version)).map(KeyDef::name).toList();
  }

  /**
   * Whether the release silently took {@code key} as an Envoy cluster option (v0.13 to v0.31), so
   * that a key it does not know as a route field is still not "unknown" to it.
   */
  public static boolean envoyClusterOption(String key, PomeriumVersion version) {
    return ENVOY_CLUSTER_FIELDS.contains(key)
        && version.compareTo(ENVOY_OPTS_SINCE) >= 0
        && version.compareTo(ENVOY_OPTS_REMOVED) < 0;
  }
}
