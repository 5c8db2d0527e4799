package io.github.pomeriumlint.online;

import io.github.pomeriumlint.azure.AzureCloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One shared HTTP client for every online call. Every request passes the {@link TrustPolicy} for
 * what it carries, redirects are never followed (a redirect could carry a credential or a token
 * elsewhere), every call has connect, read and call timeouts, and 429/503 are retried after their
 * {@code Retry-After} a bounded number of times.
 */
public final class OnlineHttp {
  /** What a request carries, which decides where it may go. */
  public sealed interface Carries {
    /** Nothing secret: still only to Microsoft or trusted hosts. */
    record Nothing() implements Carries {}

    /** Client credentials. */
    record Credentials() implements Carries {}

    /** A token issued by this cloud (empty: by a trusted test authority). */
    record Token(Optional<AzureCloud> cloud) implements Carries {}
  }

  static final int MAX_RETRIES = 3;
  /** Graph pages of 999 users are well under 1 MiB; a bigger answer is not one of Microsoft's. */
  static final long MAX_BODY = 16L << 20;
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient client;
  private final TrustPolicy trust;

  public OnlineHttp(TrustPolicy trust, Duration timeout) {
    this.trust = trust;
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .callTimeout(timeout.multipliedBy(2))
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
  }

  /** An answer with its body read whole. */
  public record Reply(HttpUrl url, int status, Headers headers, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }

    /** The body as JSON, or a {@link OnlineFault.Kind#BAD_JSON} fault naming the endpoint. */
    public JsonNode json() throws OnlineFault {
      try {
        JsonNode node = JSON.readTree(body);
        if (node == null || !node.isObject()) {
          throw OnlineFault.of(OnlineFault.Kind.BAD_JSON, url, "not a JSON object (" + contentType() + ")");
        }
        return node;
      } catch (IOException e) {
        throw OnlineFault.of(OnlineFault.Kind.BAD_JSON, url, "not JSON (" + contentType() + ")");
      }
    }

    /** The JSON body of a 2xx answer, or a fault with the status and the service's error code. */
    public JsonNode okJson() throws OnlineFault {
      if (!ok()) {
        throw OnlineFault.status(url, status, serviceCode().orElse(null));
      }
      return json();
    }

    /** Graph's {@code error.code} or OAuth's {@code error}, when the body has one. */
    public Optional<String> serviceCode() {
      try {
        JsonNode error = JSON.readTree(body).path("error");
        String code = error.isObject() ? error.path("code").asText(null) : error.asText(null);
        return Optional.ofNullable(code).filter(c -> c.matches("[A-Za-z0-9_.]{1,80}"));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }

    private String contentType() {
      String type = headers.get("Content-Type");
      return type == null ? "no content type" : type.split(";")[0].trim();
    }
  }

  /** Sends {@code request} if its host may receive what it carries; see the class comment. */
  public Reply send(Request request, Carries carries) throws OnlineFault {
    HttpUrl url = request.url();
    if (carries instanceof Carries.Credentials) {
      trust.checkIdentityHost(url);
    } else if (carries instanceof Carries.Token token) {
      trust.checkGraphHost(url, token.cloud());
    } else {
      trust.checkPublicHost(url);
    }
    for (int attempt = 0; ; attempt++) {
      Reply reply = execute(request);
      if (reply.status / 100 == 3) {
        throw OnlineFault.of(OnlineFault.Kind.REDIRECT, url,
            "a redirect (HTTP " + reply.status + ", not followed so that nothing secret leaves the trusted host)");
      }
      boolean throttled = reply.status == 429 || reply.status == 503;
      if (!throttled || attempt == MAX_RETRIES) {
        return reply;
      }
      pause(retryAfter(reply.headers.get("Retry-After"), attempt), url);
    }
  }

  private Reply execute(Request request) throws OnlineFault {
    HttpUrl url = request.url();
    Response response;
    try {
      response = client.newCall(request).execute();
    } catch (UnknownHostException e) {
      throw OnlineFault.of(OnlineFault.Kind.UNKNOWN_HOST, url, "host not found");
    } catch (ConnectException e) {
      throw OnlineFault.of(OnlineFault.Kind.REFUSED, url, "connection refused");
    } catch (SSLException e) {
      throw OnlineFault.of(OnlineFault.Kind.TLS, url, "TLS handshake failed");
    } catch (InterruptedIOException e) {
      throw OnlineFault.of(OnlineFault.Kind.TIMEOUT, url, "no answer in time");
    } catch (IOException e) {
      throw OnlineFault.of(OnlineFault.Kind.NETWORK, url, "network error (" + e.getClass().getSimpleName() + ")");
    }
    try (response; ResponseBody body = response.body()) {
      BufferedSource source = body.source();
      if (source.request(MAX_BODY + 1)) {
        throw OnlineFault.of(OnlineFault.Kind.TOO_LARGE, url, "an answer larger than " + (MAX_BODY >> 20) + " MiB");
      }
      return new Reply(url, response.code(), response.headers(), source.readString(StandardCharsets.UTF_8));
    } catch (InterruptedIOException e) {
      throw OnlineFault.of(OnlineFault.Kind.TIMEOUT, url, "the answer stalled");
    } catch (IOException e) {
      throw OnlineFault.of(OnlineFault.Kind.TRUNCATED, url, "the answer was cut off");
    }
  }

  /** {@code Retry-After} in (possibly fractional) seconds or as an HTTP date; else exponential backoff. */
  static Duration retryAfter(String header, int attempt) {
    Duration wait = Duration.ofMillis(500L << attempt);
    if (header != null) {
      String h = header.trim();
      try {
        wait = Duration.ofMillis((long) (Double.parseDouble(h) * 1000));
      } catch (NumberFormatException e) {
        try {
          wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (RuntimeException ignored) {
          // keep the backoff
        }
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private static void pause(Duration wait, HttpUrl url) throws OnlineFault {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OnlineFault.of(OnlineFault.Kind.TIMEOUT, url, "interrupted while throttled");
    }
  }
}
