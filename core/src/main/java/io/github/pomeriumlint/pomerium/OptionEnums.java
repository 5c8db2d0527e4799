package io.github.pomeriumlint.pomerium;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Options whose value is one of a fixed set, and how Pomerium compares (P@v0.33.1: log_level.go,
 * validate.go, options_dns.go; proto enums through decodeEnumHookFunc, which ignores case and
 * also takes the full proto name).
 *
 * @param path the option, {@code parent.child} for a nested key
 * @param values the accepted values ({@code ""} included when an empty value is accepted)
 * @param ignoreCase whether Pomerium compares without case
 * @param loadFails what Pomerium says when it refuses the value at load
 */
public record OptionEnums(String path, List<String> values, boolean ignoreCase, String loadFails) {

  private static final List<String> LOG_LEVELS =
      List.of("", "trace", "debug", "info", "warn", "warning", "error", "critical", "fatal", "panic", "off", "none", "disabled");

  public static final List<OptionEnums> ALL =
      List.of(
          new OptionEnums("log_level", LOG_LEVELS, false, "config: invalid log_level: unknown log level"),
          new OptionEnums("proxy_log_level", LOG_LEVELS, false, "config: invalid proxy_log_level: unknown log level"),
          new OptionEnums("cookie_same_site", List.of("", "strict", "lax", "none"), true, "config: invalid cookie_same_site"),
          new OptionEnums(
              "dns_lookup_family",
              List.of("", "AUTO", "V4_ONLY", "V6_ONLY", "V4_PREFERRED", "ALL"),
              false,
              "config: unknown dns_lookup_family"),
          new OptionEnums(
              "bearer_token_format",
              List.of("", "default", "idp_access_token", "idp_identity_token", "unknown",
                  "bearer_token_format_default", "bearer_token_format_idp_access_token",
                  "bearer_token_format_idp_identity_token", "bearer_token_format_unknown"),
              true,
              "unsupported enum value"),
          new OptionEnums(
              "jwt_issuer_format",
              List.of("", "hostOnly", "uri", "IssuerHostOnly", "IssuerURI"),
              true,
              "unsupported enum value"),
          new OptionEnums("codec_type", List.of("", "auto", "http1", "http2", "http3"), true, "unsupported enum value"),
          new OptionEnums(
              "headers_with_underscores_action",
              List.of("", "allow", "reject_request", "drop_header"),
              true,
              "unsupported enum value"),
          new OptionEnums(
              "path_with_escaped_slashes_action",
              List.of("", "keep_unchanged", "reject_request", "unescape_and_redirect", "unescape_and_forward"),
              true,
              "unsupported enum value"),
          new OptionEnums(
              "downstream_mtls.enforcement",
              List.of("", "policy", "policy_with_default_deny", "reject_connection"),
              true,
              "unsupported enum value"));

  public static Optional<OptionEnums> find(String path) {
    return ALL.stream().filter(e -> e.path.equals(path)).findFirst();
  }

  public boolean accepts(String value) {
    return ignoreCase ? values.stream().anyMatch(v -> v.equalsIgnoreCase(value)) : values.contains(value);
  }

  /** The values to show a user: without the empty one and the long proto spellings. */
  public List<String> shown() {
    return values.stream()
        .filter(v -> !v.isEmpty() && !v.toLowerCase(Locale.ROOT).startsWith("bearer_token_format_") && !v.startsWith("Issuer"))
        .toList();
  }
}
