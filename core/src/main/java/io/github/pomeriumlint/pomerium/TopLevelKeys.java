package io.github.pomeriumlint.pomerium;

import static io.github.pomeriumlint.pomerium.KeyTable.index;
import static io.github.pomeriumlint.pomerium.KeyTable.key;
import static io.github.pomeriumlint.pomerium.KeyTable.object;
import static io.github.pomeriumlint.pomerium.ValueType.BOOL;
import static io.github.pomeriumlint.pomerium.ValueType.DURATION;
import static io.github.pomeriumlint.pomerium.ValueType.FLOAT;
import static io.github.pomeriumlint.pomerium.ValueType.INT;
import static io.github.pomeriumlint.pomerium.ValueType.MAP;
import static io.github.pomeriumlint.pomerium.ValueType.OBJECT_LIST;
import static io.github.pomeriumlint.pomerium.ValueType.ROUTES;
import static io.github.pomeriumlint.pomerium.ValueType.STRING;
import static io.github.pomeriumlint.pomerium.ValueType.STRING_LIST;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every top-level key Pomerium has read, with the releases that read it. Source: the fact sheet
 * (Pomerium's {@code config/options.go} at each tag, and {@code removedConfigFields}).
 */
public final class TopLevelKeys {
  private static final String DIRECTORY_SYNC = "https://docs.pomerium.com/docs/overview/upgrading#idp-directory-sync";
  private static final String MTLS = "https://www.pomerium.com/docs/deploy/core/upgrading#new-downstream-mtls-settings";
  private static final String TRACING = "https://docs.pomerium.com/docs/overview/upgrading#removed-tracing-options";

  private static final Map<String, KeyDef> KEYS = index(List.of(
      // core and services
      key("services", STRING),
      key("address", STRING),
      key("insecure_server", BOOL),
      key("http_redirect_addr", STRING),
      key("grpc_address", STRING),
      key("grpc_insecure", BOOL),
      key("grpc_client_timeout", DURATION),
      key("timeout_read", DURATION),
      key("timeout_write", DURATION),
      key("timeout_idle", DURATION),
      key("default_upstream_timeout", DURATION),
      key("installation_id", STRING),
      key("log_level", STRING),
      key("proxy_log_level", STRING),
      key("access_log_fields", STRING_LIST),
      key("authorize_log_fields", STRING_LIST),
      key("runtime_flags", MAP),
      // secrets, cookies, signing
      key("shared_secret", STRING),
      key("shared_secret_file", STRING),
      key("cookie_secret", STRING),
      key("cookie_secret_file", STRING),
      key("cookie_name", STRING),
      key("cookie_domain", STRING),
      key("cookie_http_only", BOOL),
      key("cookie_expire", DURATION),
      key("cookie_same_site", STRING),
      key("signing_key", STRING),
      key("signing_key_file", STRING),
      // service URLs
      key("authenticate_service_url", STRING),
      key("authenticate_internal_service_url", STRING),
      key("signout_redirect_url", STRING),
      key("authorize_service_url", STRING),
      key("authorize_service_urls", STRING_LIST),
      key("authorize_internal_service_url", STRING),
      key("databroker_service_url", STRING),
      key("databroker_service_urls", STRING_LIST),
      key("databroker_internal_service_url", STRING),
      key("override_certificate_name", STRING),
      key("certificate_authority", STRING),
      key("certificate_authority_file", STRING),
      key("tls_derive", STRING),
      // identity provider
      key("idp_provider", STRING),
      key("idp_provider_url", STRING),
      key("idp_client_id", STRING),
      key("idp_client_secret", STRING),
      key("idp_client_secret_file", STRING),
      key("idp_scopes", STRING_LIST),
      key("idp_request_params", MAP),
      key("idp_access_token_allowed_audiences", STRING_LIST).since("0.29"),
      // TLS and certificates
      key("certificate", STRING),
      key("certificate_key", STRING),
      key("certificate_file", STRING),
      key("certificate_key_file", STRING),
      key("certificates", OBJECT_LIST),
      key("autocert", BOOL),
      key("autocert_ca", STRING),
      key("autocert_email", STRING),
      key("autocert_use_staging", BOOL),
      key("autocert_eab_key_id", STRING),
      key("autocert_eab_mac_key", STRING),
      key("autocert_must_staple", BOOL),
      key("autocert_dir", STRING),
      key("autocert_trusted_ca", STRING),
      key("autocert_trusted_ca_file", STRING),
      object("downstream_mtls",
          key("ca", STRING),
          key("ca_file", STRING),
          key("crl", STRING),
          key("crl_file", STRING),
          key("enforcement", STRING),
          key("match_subject_alt_names", OBJECT_LIST),
          key("max_verify_depth", INT)).since("0.23"),
      // headers and JWT
      key("set_response_headers", MAP),
      key("jwt_claims_headers", MAP),
      key("pass_identity_headers", BOOL),
      key("jwt_issuer_format", STRING).since("0.28"),
      key("bearer_token_format", STRING).since("0.29"),
      // metrics, debug, health
      key("metrics_address", STRING),
      key("metrics_basic_auth", STRING),
      key("metrics_certificate", STRING),
      key("metrics_certificate_key", STRING),
      key("metrics_certificate_file", STRING),
      key("metrics_certificate_key_file", STRING),
      key("metrics_client_ca", STRING),
      key("metrics_client_ca_file", STRING),
      key("debug_address", STRING).since("0.32"),
      key("health_check_addr", STRING).since("0.31"),
      key("health_check_systemd_disabled", BOOL).since("0.31"),
      // OpenTelemetry tracing
      key("otel_traces_exporter", STRING).since("0.29"),
      key("otel_traces_sampler_arg", FLOAT).since("0.29"),
      key("otel_resource_attributes", STRING_LIST).since("0.29"),
      key("otel_log_level", STRING).since("0.29"),
      key("otel_attribute_value_length_limit", INT).since("0.29"),
      key("otel_exporter_otlp_endpoint", STRING).since("0.29"),
      key("otel_exporter_otlp_traces_endpoint", STRING).since("0.29"),
      key("otel_exporter_otlp_protocol", STRING).since("0.29"),
      key("otel_exporter_otlp_traces_protocol", STRING).since("0.29"),
      key("otel_exporter_otlp_headers", STRING_LIST).since("0.29"),
      key("otel_exporter_otlp_traces_headers", STRING_LIST).since("0.29"),
      key("otel_exporter_otlp_timeout", DURATION).since("0.29"),
      key("otel_exporter_otlp_traces_timeout", DURATION).since("0.29"),
      key("otel_bsp_schedule_delay", DURATION).since("0.29"),
      key("otel_bsp_max_export_batch_size", INT).since("0.29"),
      // databroker
      key("databroker_storage_type", STRING),
      key("databroker_storage_connection_string", STRING),
      key("databroker_storage_connection_string_file", STRING),
      key("databroker_cluster_leader_id", STRING).since("0.31"),
      key("databroker_cluster_node_id", STRING).since("0.31"),
      key("databroker_cluster_nodes", OBJECT_LIST).since("0.31"),
      key("databroker_raft_bind_address", STRING).since("0.31"),
      // DNS
      key("dns_lookup_family", STRING),
      key("dns_failure_refresh_rate", DURATION).since("0.31"),
      key("dns_query_timeout", DURATION).since("0.31"),
      key("dns_query_tries", INT).since("0.31"),
      key("dns_refresh_rate", DURATION).since("0.31"),
      key("dns_udp_max_queries", INT).since("0.31"),
      key("dns_use_tcp", BOOL).since("0.31"),
      key("dns_resolvers", STRING_LIST).since("0.32"),
      // SSH
      key("ssh_address", STRING).since("0.30"),
      key("ssh_host_key_files", STRING_LIST).since("0.30"),
      key("ssh_host_keys", STRING_LIST).since("0.30"),
      key("ssh_user_ca_key_file", STRING).since("0.30"),
      key("ssh_user_ca_key", STRING).since("0.30"),
      key("ssh_rls_enabled", BOOL).since("0.32"),
      key("ssh_rls_additional_entries", OBJECT_LIST).since("0.32"),
      // Envoy and bootstrap
      key("envoy_admin_access_log_path", STRING),
      key("envoy_admin_profile_path", STRING),
      key("envoy_admin_address", STRING),
      key("envoy_bind_config_source_address", STRING),
      key("envoy_bind_config_freebind", BOOL),
      key("envoy_dynamic_extensions", STRING_LIST).since("0.33"),
      // misc
      key("codec_type", STRING),
      key("headers_with_underscores_action", STRING).since("0.33"),
      key("path_with_escaped_slashes_action", STRING).since("0.33"),
      key("skip_xff_append", BOOL),
      key("xff_num_trusted_hops", INT),
      key("use_proxy_protocol", BOOL).since("0.14"),
      key("programmatic_redirect_domain_whitelist", STRING_LIST),
      key("google_cloud_serverless_authentication_service_account", STRING),
      object("circuit_breaker_thresholds",
          key("max_connections", INT),
          key("max_pending_requests", INT),
          key("max_requests", INT),
          key("max_retries", INT),
          key("max_connection_pools", INT)).since("0.30"),
      key("mcp_allowed_client_id_domains", STRING_LIST).since("0.32"),
      key("mcp_allowed_as_metadata_domains", STRING_LIST).since("0.33"),
      object("blob_storage", key("bucket_uri", STRING), key("managed_prefix", STRING)).since("0.33"),
      key("allow_upgrades", BOOL).since("0.33"),
      key("auto_apply_changesets", BOOL).since("0.33"),
      key("merge_slashes", BOOL).since("0.33"),
      key("normalize_path", BOOL).since("0.33"),
      key("session_recording_concurrency", INT).since("0.33"),
      // routes
      key("routes", ROUTES).since("0.15"),
      key("policy", ROUTES),
      key("policy_file", STRING),
      // removed keys (first release without them)
      key("cache_service_url", STRING).removedIn("0.11", "renamed to databroker_service_url"),
      key("administrators", STRING_LIST).removedIn("0.13", null),
      key("enable_user_impersonation", BOOL).removedIn("0.13", null),
      key("require_proxy_protocol", BOOL).removedIn("0.14", "use use_proxy_protocol"),
      key("grpc_server_max_connection_age", DURATION).removedIn("0.15", null),
      key("grpc_server_max_connection_age_grace", DURATION).removedIn("0.15", null),
      key("refresh_cooldown", DURATION).removedIn("0.16", null),
      key("signing_key_algorithm", STRING).removedIn("0.16", "the algorithm now follows the signing key"),
      key("idp_service_account", STRING).removedFatal("0.20", DIRECTORY_SYNC),
      key("idp_refresh_directory_timeout", DURATION).removedFatal("0.20", DIRECTORY_SYNC),
      key("idp_refresh_directory_interval", DURATION).removedFatal("0.20", DIRECTORY_SYNC),
      key("idp_qps", FLOAT).removedFatal("0.20", DIRECTORY_SYNC),
      key("forward_auth_url", STRING).removedIn("0.21", null),
      key("client_crl", STRING).removedIn("0.23", "use downstream_mtls.crl"),
      key("client_crl_file", STRING).removedIn("0.23", "use downstream_mtls.crl_file"),
      key("client_ca", STRING).removedFatal("0.26", MTLS),
      key("client_ca_file", STRING).removedFatal("0.26", MTLS),
      key("cookie_secure", BOOL).removedIn("0.26", "cookies are always secure"),
      key("databroker_storage_ca_file", STRING).removedIn("0.28", null),
      key("databroker_storage_cert_file", STRING).removedIn("0.28", null),
      key("databroker_storage_key_file", STRING).removedIn("0.28", null),
      key("databroker_storage_tls_skip_verify", BOOL).removedIn("0.28", null),
      key("grpc_client_dns_roundrobin", BOOL).removedIn("0.28", null),
      key("tracing_provider", STRING).removedFatal("0.29", TRACING),
      key("tracing_sample_rate", FLOAT).removedFatal("0.29", TRACING),
      key("tracing_datadog_address", STRING).removedFatal("0.29", TRACING),
      key("tracing_jaeger_collector_endpoint", STRING).removedFatal("0.29", TRACING),
      key("tracing_jaeger_agent_endpoint", STRING).removedFatal("0.29", TRACING),
      key("tracing_zipkin_endpoint", STRING).removedFatal("0.29", TRACING),
      key("audit_key", STRING).removedIn("0.29", null),
      key("authenticate_callback_path", STRING).removedIn("0.31", "the callback path is always /oauth2/callback"),
      key("pomerium_debug", BOOL).removedIn("0.32", null)));

  private TopLevelKeys() {}

  public static Optional<KeyDef> find(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  public static java.util.Collection<KeyDef> all() {
    return KEYS.values();
  }

  /** The keys the release reads, for "did you mean". */
  public static List<String> namesIn(PomeriumVersion version) {
    return KEYS.values().stream().filter(k -> k.existsIn(version)).map(KeyDef::name).toList();
  }
}
