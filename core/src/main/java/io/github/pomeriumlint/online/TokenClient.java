package io.github.pomeriumlint.online;

import io.github.pomeriumlint.azure.AzureCloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The OAuth 2.0 client-credentials grant against a Microsoft identity token endpoint. */
public final class TokenClient {
  /** What the token endpoint said: a token, or a refusal with its AADSTS code. */
  public sealed interface Outcome {}

  /** A token was issued. */
  public record Issued(AccessToken token) implements Outcome {}

  /**
   * The endpoint refused the credentials.
   *
   * @param error the OAuth {@code error} (e.g. {@code invalid_client})
   * @param aadsts the first of {@code error_codes}, or 0 when there was none
   */
  public record Rejected(int status, String error, int aadsts) implements Outcome {}

  private final OnlineHttp http;

  public TokenClient(OnlineHttp http) {
    this.http = http;
  }

  /**
   * Requests an app-only token for {@code scope} (e.g. {@code https://graph.microsoft.com/.default}).
   * The secret goes in the form body, only to a host the trust policy allows for credentials.
   */
  public Outcome clientCredentials(HttpUrl tokenEndpoint, String clientId, String clientSecret, String scope,
      Optional<AzureCloud> cloud) throws OnlineFault {
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .add("client_secret", clientSecret)
            .add("scope", scope)
            .build();
    Request request = new Request.Builder().url(tokenEndpoint).post(form).build();
    OnlineHttp.Reply reply = http.send(request, new OnlineHttp.Carries.Credentials());
    if (reply.ok()) {
      String token = reply.json().path("access_token").asText("");
      if (token.isEmpty()) {
        throw OnlineFault.of(OnlineFault.Kind.BAD_JSON, tokenEndpoint, "a token answer without access_token");
      }
      return new Issued(new AccessToken(token, cloud));
    }
    if (reply.status() == 400 || reply.status() == 401) {
      JsonNode body = reply.json();
      String error = body.path("error").asText("");
      if (!error.isEmpty()) {
        return new Rejected(reply.status(), error, body.path("error_codes").path(0).asInt(0));
      }
    }
    throw OnlineFault.status(tokenEndpoint, reply.status(), reply.serviceCode().orElse(null));
  }
}
