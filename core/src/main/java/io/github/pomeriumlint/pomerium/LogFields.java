package io.github.pomeriumlint.pomerium;

import java.util.List;
import java.util.Map;

/**
 * The fields {@code access_log_fields} and {@code authorize_log_fields} accept (P@v0.33.1
 * pkg/logfields), besides {@code headers.<Name>}. Up to 0.31 an unknown field stopped the load; from
 * 0.32 Pomerium only logs it and leaves it out.
 */
public final class LogFields {
  public static final PomeriumVersion ONLY_LOGGED_FROM = PomeriumVersion.of("0.32");

  public static final Map<String, List<String>> FIELDS =
      Map.of(
          "access_log_fields",
          List.of("authority", "client-certificate", "cluster-stat-name", "duration", "forwarded-for", "ip", "method",
              "path", "query", "referer", "request-id", "response-code", "response-code-details", "size",
              "upstream-cluster", "user-agent"),
          "authorize_log_fields",
          List.of("body", "check-request-id", "cluster-stat-name", "email", "envoy-route-checksum", "envoy-route-id",
              "host", "id-token", "id-token-claims", "impersonate-email", "impersonate-session-id",
              "impersonate-user-id", "ip", "mcp-method", "mcp-tool", "mcp-tool-parameters", "method", "path", "query",
              "removed-groups-count", "request-id", "route-checksum", "route-id", "service-account-id", "session-id",
              "user"));

  private LogFields() {}

  public static boolean isValid(String option, String field) {
    return (field.startsWith("headers.") && field.length() > "headers.".length()) || FIELDS.get(option).contains(field);
  }
}
