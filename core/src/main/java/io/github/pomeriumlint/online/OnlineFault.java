package io.github.pomeriumlint.online;

import okhttp3.HttpUrl;

/**
 * An online call that did not produce a usable answer. The message names the endpoint (scheme,
 * host and path only: never a query, body, credential or token) and the class of fault.
 */
public final class OnlineFault extends Exception {
  /** What went wrong, one finding wording per class. */
  public enum Kind {
    UNTRUSTED_HOST,
    TIMEOUT,
    REFUSED,
    UNKNOWN_HOST,
    TLS,
    NETWORK,
    REDIRECT,
    CLIENT_ERROR,
    SERVER_ERROR,
    THROTTLED,
    BAD_JSON,
    TRUNCATED
  }

  private final Kind kind;
  private final String endpoint;
  private final int status;
  private final String serviceCode;

  private OnlineFault(Kind kind, String endpoint, int status, String serviceCode, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = status;
    this.serviceCode = serviceCode;
  }

  /** {@code https://host/path}, for messages: queries can hold user names, so they are left out. */
  public static String endpoint(HttpUrl url) {
    return url.newBuilder().query(null).fragment(null).build().toString();
  }

  static OnlineFault untrusted(HttpUrl url, String why) {
    String host = url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
    return new OnlineFault(Kind.UNTRUSTED_HOST, endpoint(url), 0, null,
        "not contacted: " + url.scheme() + "://" + host + " " + why + " (trust it with --trust-host if it is yours)");
  }

  static OnlineFault of(Kind kind, HttpUrl url, String what) {
    return new OnlineFault(kind, endpoint(url), 0, null, what + " at " + endpoint(url));
  }

  static OnlineFault status(HttpUrl url, int status, String serviceCode) {
    Kind kind = status == 429 || status == 503 ? Kind.THROTTLED : status >= 500 ? Kind.SERVER_ERROR : Kind.CLIENT_ERROR;
    String code = serviceCode == null ? "" : " " + serviceCode;
    return new OnlineFault(kind, endpoint(url), status, serviceCode,
        endpoint(url) + " answered HTTP " + status + code);
  }

  public Kind kind() {
    return kind;
  }

  public String endpoint() {
    return endpoint;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The service's own error code (Graph {@code error.code}, OAuth {@code error}), or null. */
  public String serviceCode() {
    return serviceCode;
  }
}
