package io.github.pomeriumlint.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTParser;
import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.azure.AzureCloud;
import io.github.pomeriumlint.azure.ProviderUrl;
import io.github.pomeriumlint.azure.ServiceAccount;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.Span;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.azure.online.OnlineRules;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The online checks of one file: discovery, then credentials, then the Graph reads at once. */
final class FileCheck {
  /** The application permissions Pomerium's Azure guide asks for. */
  static final List<String> REQUIRED_ROLES = List.of("Directory.Read.All", "Group.Read.All", "User.Read.All");

  private static final String WELL_KNOWN = "/.well-known/openid-configuration";
  private static final String TEMPLATE_ISSUER = "https://login.microsoftonline.com/{tenantid}/v2.0";

  /** Credentials to try, where they were written, and what the finding calls them. */
  record Credentials(String clientId, String secret, Node at, Node secretAt, String name, String tenant) {
    @Override
    public String toString() {
      return "Credentials[" + name + "]"; // never the secret
    }
  }

  /** An issued token, with the node of the credentials it came from and its roles. */
  record Grant(AccessToken token, Credentials from, List<String> roles) {}

  private final OnlineCheck run;
  private final OnlineCheck.Target target;
  private final MapNode options;

  FileCheck(OnlineCheck run, OnlineCheck.Target target) {
    this.run = run;
    this.target = target;
    this.options = target.options();
  }

  void run() {
    Optional<ScalarNode> provider = options.scalar("idp_provider");
    if (provider.isEmpty() || !provider.get().text().trim().equals("azure")) {
      return;
    }
    Node urlNode = options.scalar("idp_provider_url").map(Node.class::cast).orElse(provider.get());
    String configured = options.scalar("idp_provider_url").map(ScalarNode::text).orElse(ProviderUrl.COMMON);
    ProviderUrl url = ProviderUrl.parse(configured);
    HttpUrl discoveryUrl = HttpUrl.parse(configured.replaceAll("/+$", "") + WELL_KNOWN);
    if (discoveryUrl == null) {
      return; // not a URL: the offline azure-provider-url finding says so
    }
    Optional<AzureCloud> cloud = AzureCloud.ofHost(discoveryUrl.host());
    Optional<Credentials> serviceAccount = serviceAccount();
    CompletableFuture<Optional<Grant>> accountGrant =
        serviceAccount.map(sa -> tokenFor(sa, derivedTokenEndpoint(discoveryUrl, sa), cloud)).orElse(done(Optional.empty()));

    Optional<HttpUrl> tokenEndpoint = discover(configured, discoveryUrl, urlNode);
    Optional<Credentials> client = clientCredentials();
    CompletableFuture<Optional<Grant>> clientGrant =
        client.isPresent() && tokenEndpoint.isPresent() && !url.multiTenant()
            ? tokenFor(client.get(), tokenEndpoint.get(), cloud)
            : done(Optional.empty());

    Optional<Grant> grant = accountGrant.join().or(clientGrant::join);
    clientGrant.join();
    if (grant.isEmpty()) {
      return;
    }
    Optional<HttpUrl> graphBase =
        run.options.graphUrl().map(HttpUrl::parse).or(() -> cloud.map(c -> HttpUrl.get("https://" + c.graphHost())));
    if (graphBase.isEmpty()) {
      return;
    }
    new GraphChecks(run, target, new GraphClient(run.http, graphBase.get(), grant.get().token()), grant.get(), this).run();
  }

  // ---- discovery

  /** Fetches and judges the discovery document; the token endpoint when it may receive credentials. */
  private Optional<HttpUrl> discover(String configured, HttpUrl discoveryUrl, Node at) {
    OnlineHttp.Reply reply;
    try {
      reply = OnlineCheck.await(run.once("discovery " + discoveryUrl,
          () -> run.http.send(new Request.Builder().url(discoveryUrl).build(), new OnlineHttp.Carries.Nothing())));
    } catch (OnlineFault fault) {
      failed(at, fault);
      return Optional.empty();
    }
    String endpoint = OnlineFault.endpoint(discoveryUrl);
    if (reply.status() >= 500) {
      failed(at, OnlineFault.status(discoveryUrl, reply.status(), reply.serviceCode().orElse(null)));
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
      report(OnlineRules.DISCOVERY_FAILED, at,
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
      report(OnlineRules.DISCOVERY_FAILED, at, "the discovery document at " + endpoint + " lacks " + String.join(", ", missing), null);
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
      report(OnlineRules.DISCOVERY_FAILED, at,
          "Microsoft does not know the tenant of idp_provider_url (AADSTS90002): sign-in cannot work",
          "use the Directory (tenant) ID of the app registration: https://<login host>/<tenant-id>/v2.0, on the host of the tenant's cloud");
    } else {
      report(OnlineRules.DISCOVERY_FAILED, at,
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
    report(OnlineRules.ISSUER_MISMATCH, at,
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
    report(OnlineRules.DISCOVERY_FAILED, at,
        "the discovery document's " + field + " is on " + where + ", not on the authority "
            + discoveryUrl.scheme() + "://" + discoveryUrl.host() + "; no credentials are sent there",
        "idp_provider_url must be the Microsoft sign-in authority itself");
    return false;
  }

  // ---- credentials

  private Optional<Credentials> clientCredentials() {
    Optional<ScalarNode> id = options.scalar("idp_client_id");
    Optional<ScalarNode> secret = options.scalar("idp_client_secret");
    if (id.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(id.get().text().trim(), secret.get().text().trim(), id.get(), secret.get(),
        "idp_client_id/idp_client_secret", null));
  }

  private Optional<Credentials> serviceAccount() {
    Optional<ScalarNode> node = options.scalar("idp_service_account");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    ServiceAccount sa = ServiceAccount.decode(node.get(), target.version());
    if (!sa.valid() || sa.clientId().isEmpty() || sa.clientSecret().isEmpty() || sa.directoryId().isEmpty()) {
      return Optional.empty(); // the offline service-account-invalid finding says why
    }
    return Optional.of(new Credentials(sa.clientId().get(), sa.clientSecret().get(), node.get(), node.get(),
        "the credentials of idp_service_account", sa.directoryId().get()));
  }

  /** The service account's own tenant on the authority host of the provider URL's cloud. */
  private HttpUrl derivedTokenEndpoint(HttpUrl discoveryUrl, Credentials sa) {
    HttpUrl.Builder url = discoveryUrl.newBuilder().encodedPath("/").addPathSegment(sa.tenant())
        .addPathSegments("oauth2/v2.0/token").query(null);
    AzureCloud.ofHost(discoveryUrl.host()).ifPresent(c -> url.scheme("https").host(c.authorityHost()).port(443));
    return url.build();
  }

  private CompletableFuture<Optional<Grant>> tokenFor(Credentials creds, HttpUrl endpoint, Optional<AzureCloud> cloud) {
    String scope = cloud.map(c -> "https://" + c.graphHost())
        .or(() -> run.options.graphUrl().map(u -> u.replaceAll("/+$", "")))
        .orElse("https://graph.microsoft.com") + "/.default";
    String key = "token " + endpoint + " " + creds.clientId() + " " + Integer.toHexString(creds.secret().hashCode());
    CompletableFuture<TokenClient.Outcome> outcome =
        run.once(key, () -> new TokenClient(run.http).clientCredentials(endpoint, creds.clientId(), creds.secret(), scope, cloud));
    return outcome.handle((result, error) -> {
      if (error != null) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        if (cause instanceof OnlineFault fault) {
          failed(creds.at(), fault);
          return Optional.empty();
        }
        throw new IllegalStateException("online check failed", cause);
      }
      if (result instanceof TokenClient.Rejected rejected) {
        rejected(creds, rejected);
        return Optional.empty();
      }
      AccessToken token = ((TokenClient.Issued) result).token();
      return roles(token, creds).map(roles -> new Grant(token, creds, roles));
    });
  }

  private void rejected(Credentials creds, TokenClient.Rejected rejected) {
    Aadsts.Explanation why = Aadsts.explain(rejected.aadsts(), rejected.error());
    String code = rejected.aadsts() == 0 ? rejected.error() : "AADSTS" + rejected.aadsts();
    Node at = rejected.aadsts() == 700016 ? creds.at() : creds.secretAt();
    report(OnlineRules.CREDENTIALS_REJECTED, at,
        "the token endpoint refused " + creds.name() + " with " + code + ": " + why.meaning(), why.fix());
  }

  /** The application permissions in the token; reports the missing ones. Never checks the signature. */
  private Optional<List<String>> roles(AccessToken token, Credentials creds) {
    List<String> roles;
    try {
      List<String> claim = JWTParser.parse(token.value()).getJWTClaimsSet().getStringListClaim("roles");
      roles = claim == null ? List.of() : claim;
    } catch (ParseException e) {
      run.incomplete.add("the token for " + creds.name() + " is not a JWT, so its permissions are unknown");
      report(OnlineRules.CHECK_FAILED, creds.at(), "the token for " + creds.name() + " is not a JWT, so its permissions are unknown", null);
      return Optional.of(List.of());
    }
    for (String role : REQUIRED_ROLES) {
      if (!roles.contains(role)) {
        String granted = roles.isEmpty() ? "it has no application permission at all (admin consent not granted?)" : "it has " + String.join(", ", roles);
        report(OnlineRules.PERMISSION_MISSING, creds.at(),
            "the app of " + creds.name() + " lacks the Microsoft Graph application permission " + role + "; " + granted,
            "add Microsoft Graph > Application permissions > " + role
                + " in the app registration and grant admin consent (delegated permissions do not count)");
      }
    }
    return Optional.of(roles);
  }

  // ---- reporting

  void report(Rule rule, Node at, String message, String hint) {
    report(rule, rule.info().severity(), at, message, hint);
  }

  void report(Rule rule, Severity severity, Node at, String message, String hint) {
    report(rule.id(), severity, at, message, hint);
  }

  void report(String rule, Severity severity, Node at, String message, String hint) {
    Span span = at.span();
    run.findings.add(new Diagnostic(rule, severity, span.file(), span.line(), span.column(), span.endLine(),
        span.endColumn(), at.path(), message, hint));
  }

  /** A call that could not be completed: a finding at the value it was about, and exit 3. */
  void failed(Node at, OnlineFault fault) {
    String message = "online check could not be completed: " + fault.getMessage();
    run.incomplete.add(target.file() + ": " + message);
    report(OnlineRules.CHECK_FAILED, at, message, hintFor(fault));
  }

  private static String hintFor(OnlineFault fault) {
    return switch (fault.kind()) {
      case UNTRUSTED_HOST -> "only Microsoft identity and Graph hosts receive credentials; trust a test double with --trust-host";
      case TIMEOUT -> "try again, or raise --timeout";
      case REFUSED, UNKNOWN_HOST, NETWORK -> "check network access (proxy, firewall) to the host";
      case TLS -> "check that no TLS-intercepting proxy stands between you and the host";
      case THROTTLED, SERVER_ERROR -> "the service is busy or failing; try again later";
      default -> null;
    };
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

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
