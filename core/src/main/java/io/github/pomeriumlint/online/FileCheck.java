package io.github.pomeriumlint.online;

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
import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/** The online checks of one file: discovery, then credentials, then the Graph reads at once. */
final class FileCheck {
  /** The application permissions Pomerium's Azure guide asks for. */
  static final List<String> REQUIRED_ROLES = List.of("Directory.Read.All", "Group.Read.All", "User.Read.All");

  private static final String WELL_KNOWN = "/.well-known/openid-configuration";
  private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

  /**
   * Credentials to try, where they were written, and what the finding calls them.
   *
   * @param tenant the tenant the token is asked of, as written
   */
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
    HttpUrl discoveryUrl = HttpUrl.parse(configured.replaceAll("/+$", "") + WELL_KNOWN);
    if (discoveryUrl == null) {
      return; // not a URL: the offline azure-provider-url finding says so
    }
    Optional<AzureCloud> cloud = AzureCloud.ofHost(discoveryUrl.host());
    boolean multiTenant = MULTI_TENANT.contains(discoveryUrl.pathSegments().get(0).toLowerCase(Locale.ROOT));
    Optional<Credentials> serviceAccount = serviceAccount();
    CompletableFuture<Optional<Grant>> accountGrant =
        serviceAccount.map(sa -> tokenFor(sa, derivedTokenEndpoint(discoveryUrl, sa), cloud)).orElse(done(Optional.empty()));

    Optional<HttpUrl> tokenEndpoint = new DiscoveryCheck(run, this).check(configured, discoveryUrl, urlNode);
    Optional<Credentials> client = clientCredentials(discoveryUrl.pathSegments().get(0));
    CompletableFuture<Optional<Grant>> clientGrant =
        client.isPresent() && tokenEndpoint.isPresent() && !multiTenant
            ? tokenFor(client.get(), tokenEndpoint.get(), cloud)
            : done(Optional.empty());

    if (client.isPresent() && multiTenant && serviceAccount.isEmpty()) {
      report(OnlineRules.CHECK_FAILED, Severity.INFO, client.get().at(),
          "idp_client_id/idp_client_secret not checked: the provider URL names no tenant to request a token from",
          "use the tenant-specific https://<login host>/<tenant-id>/v2.0 to have the credentials and permissions checked");
    }
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

  // ---- credentials

  private Optional<Credentials> clientCredentials(String tenant) {
    Optional<ScalarNode> id = options.scalar("idp_client_id");
    Optional<ClientSecret> secret;
    try {
      secret = ClientSecret.of(options, target.directory());
    } catch (IOException e) {
      return Optional.empty(); // the offline file-not-found finding says why
    }
    if (id.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(id.get().text().trim(), secret.get().value(), id.get(), secret.get().at(),
        "idp_client_id/" + secret.get().key(), tenant));
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
      String message = "the token for " + creds.name() + " is not a JWT, so its permissions are unknown";
      run.incomplete.add(target.file() + ": " + message);
      report(OnlineRules.CHECK_FAILED, creds.at(), message, null);
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

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
