package io.github.pomeriumlint.online;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pomeriumlint.azure.ProviderUrl;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The discovery document of a provider URL, fetched as go-oidc fetches it and judged as Pomerium
 * judges it: the issuer byte for byte, the fields it needs, endpoints on the authority itself.
 */
final class DiscoveryCheck {
  private static final String TEMPLATE_ISSUER = "https://login.microsoftonline.com/{tenantid}/v2.0";

  private final OnlineCheck run;
  private final FileCheck file;

  DiscoveryCheck(OnlineCheck run, FileCheck file) {
    this.run = run;
    this.file = file;
  }

  /** Fetches and judges the discovery document; the token endpoint when it may receive credentials. */
  Optional<HttpUrl> check(String configured, HttpUrl discoveryUrl, Node at) {
    OnlineHttp.Reply reply;
    try {
      reply = OnlineCheck.await(run.once("discovery " + discoveryUrl,
          () -> run.http.send(new Request.Builder().url(discoveryUrl).build(), new OnlineHttp.Carries.Nothing())));
    } catch (OnlineFault fault) {
      file.failed(at, fault);
      return Optional.empty();
    }
    String endpoint = OnlineFault.endpoint(discoveryUrl);
    if (reply.status() >= 500) {
      file.failed(at, OnlineFault.status(discoveryUrl, reply.status(), reply.serviceCode().orElse(null)));
      return Optional.empty();
    }
    if (!reply.ok()) {
      discoveryError(reply, endpoint, at);
      return Optional.empty();
    }
    JsonNode doc;
    try {
      doc = reply.json();
    } catch (OnlineFault notJson) {
      file.report(OnlineRules.DISCOVERY_FAILED, at,
          endpoint + " answered " + describeBody(reply) + ", not a discovery document", "check that idp_provider_url is the sign-in authority URL https://<login host>/<tenant-id>/v2.0");
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    for (String field : List.of("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")) {
      if (!doc.path(field).isTextual() || doc.path(field).asText().isBlank()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      file.report(OnlineRules.DISCOVERY_FAILED, at, "the discovery document at " + endpoint + " lacks " + String.join(", ", missing), null);
      return Optional.empty();
    }
    checkIssuer(configured, doc.path("issuer").asText(), at);
    boolean onAuthority = true;
    for (String field : List.of("authorization_endpoint", "token_endpoint", "jwks_uri")) {
      onAuthority &= onAuthority(field, doc.path(field).asText(), discoveryUrl, at);
    }
    HttpUrl token = HttpUrl.parse(doc.path("token_endpoint").asText());
    return onAuthority ? Optional.ofNullable(token) : Optional.empty();
  }

  private void discoveryError(OnlineHttp.Reply reply, String endpoint, Node at) {
    JsonNode body = null;
    try {
      body = reply.json();
    } catch (OnlineFault ignored) {
      // an HTML error page: reported by status below
    }
    boolean unknownTenant =
        body != null && (body.path("error").asText().equals("invalid_tenant") || contains(body.path("error_codes"), 90002));
    if (unknownTenant) {
      file.report(OnlineRules.DISCOVERY_FAILED, at,
          "Microsoft does not know the tenant of idp_provider_url (AADSTS90002): sign-in cannot work",
          "use the Directory (tenant) ID of the app registration: https://<login host>/<tenant-id>/v2.0, on the host of the tenant's cloud");
    } else {
      file.report(OnlineRules.DISCOVERY_FAILED, at,
          endpoint + " answered HTTP " + reply.status() + " instead of a discovery document",
          "check that idp_provider_url is https://<login host>/<tenant-id>/v2.0");
    }
  }

  /** go-oidc's byte-for-byte comparison, with Pomerium's rewrite of the templated issuer for the exact default URL. */
  static boolean issuerAccepted(String configured, String issuer) {
    return issuer.equals(configured) || (configured.equals(ProviderUrl.COMMON) && issuer.equals(TEMPLATE_ISSUER));
  }

  private void checkIssuer(String configured, String issuer, Node at) {
    if (issuerAccepted(configured, issuer)) {
      return;
    }
    String hint = issuer.contains("{")
        ? "the document's issuer is a template, which only the exact default " + ProviderUrl.COMMON
            + " accepts; use the tenant-specific https://<login host>/<tenant-id>/v2.0"
        : "set idp_provider_url: " + issuer;
    file.report(OnlineRules.ISSUER_MISMATCH, at,
        "the discovery document's issuer '" + issuer + "' differs from idp_provider_url '" + configured
            + "', so Pomerium refuses to start",
        hint);
  }

  private boolean onAuthority(String field, String value, HttpUrl discoveryUrl, Node at) {
    HttpUrl url = HttpUrl.parse(value);
    if (url != null && url.scheme().equals(discoveryUrl.scheme()) && url.host().equalsIgnoreCase(discoveryUrl.host())
        && url.port() == discoveryUrl.port()) {
      return true;
    }
    String where = url == null ? "'" + value + "', not a URL" : url.scheme() + "://" + url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
    file.report(OnlineRules.DISCOVERY_FAILED, at,
        "the discovery document's " + field + " is on " + where + ", not on the authority "
            + discoveryUrl.scheme() + "://" + discoveryUrl.host() + "; no credentials are sent there",
        "idp_provider_url must be the Microsoft sign-in authority itself");
    return false;
  }

  private static String describeBody(OnlineHttp.Reply reply) {
    String type = reply.headers().get("Content-Type");
    if (type != null && type.toLowerCase().contains("html") || reply.body().stripLeading().startsWith("<")) {
      return "with an HTML page";
    }
    return reply.body().isBlank() ? "with an empty body" : "with something that is not JSON";
  }

  private static boolean contains(JsonNode array, int code) {
    for (JsonNode n : array) {
      if (n.asInt() == code) {
        return true;
      }
    }
    return false;
  }
}
