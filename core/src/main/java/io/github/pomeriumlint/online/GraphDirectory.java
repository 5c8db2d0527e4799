package io.github.pomeriumlint.online;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.azure.AzureCloud;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.troubleshoot.LookupFailed;
import io.github.pomeriumlint.troubleshoot.User;
import io.github.pomeriumlint.troubleshoot.UserDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Who a user is, as Microsoft Graph says: object id, mail, UPN and transitive group ids. Signs in
 * with the config's {@code idp_client_id} and client secret ({@link ClientSecret}) at the token
 * endpoint of the tenant {@code idp_provider_url} names; every request passes the {@link TrustPolicy}.
 */
public final class GraphDirectory implements UserDirectory {
  private final OnlineHttp http;
  private final HttpUrl tokenEndpoint;
  private final HttpUrl graphBase;
  private final Optional<AzureCloud> cloud;
  private final String clientId;
  private final String clientSecret;
  /** The key the secret came from, for messages. */
  private final String secretKey;

  private GraphDirectory(
      OnlineHttp http, HttpUrl tokenEndpoint, HttpUrl graphBase, Optional<AzureCloud> cloud, String clientId, String clientSecret, String secretKey) {
    this.http = http;
    this.tokenEndpoint = tokenEndpoint;
    this.graphBase = graphBase;
    this.cloud = cloud;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.secretKey = secretKey;
  }

  /**
   * The directory of an Azure config's tenant.
   *
   * @param folder the config's folder, which a relative idp_client_secret_file is read from
   * @throws LookupFailed when the config does not say how to reach it
   */
  public static GraphDirectory forConfig(MapNode config, Optional<Path> folder, LintOptions options) throws LookupFailed {
    if (!config.text("idp_provider").filter("azure"::equalsIgnoreCase).isPresent()) {
      throw new LookupFailed("--online looks users up in Microsoft Graph, which needs idp_provider: azure");
    }
    HttpUrl provider = config.text("idp_provider_url").map(HttpUrl::parse)
        .orElseThrow(() -> new LookupFailed("idp_provider_url is not a URL, so the tenant is unknown"));
    String tenant = provider.pathSegments().get(0);
    if (tenant.isEmpty() || List.of("common", "organizations", "consumers").contains(tenant.toLowerCase(java.util.Locale.ROOT))) {
      throw new LookupFailed("idp_provider_url names no single tenant; a Graph lookup needs https://<login host>/<tenant-id>/v2.0");
    }
    String clientId = config.text("idp_client_id").orElseThrow(() -> new LookupFailed("idp_client_id is not set"));
    ClientSecret secret;
    try {
      secret = ClientSecret.of(config, folder)
          .orElseThrow(() -> new LookupFailed("neither idp_client_secret nor idp_client_secret_file is set"));
    } catch (IOException e) {
      throw new LookupFailed("idp_client_secret_file cannot be read");
    }
    Optional<AzureCloud> cloud = AzureCloud.ofHost(provider.host());
    HttpUrl graph = options.graphUrl().map(HttpUrl::parse).or(() -> cloud.map(c -> HttpUrl.get("https://" + c.graphHost())))
        .orElseThrow(() -> new LookupFailed("idp_provider_url is not on a Microsoft sign-in host; give --graph-url"));
    // an alias host (login.windows.net...) serves the same tenant: sign in on the cloud's authority host
    HttpUrl authority = cloud.map(c -> HttpUrl.get("https://" + c.authorityHost())).orElse(provider);
    HttpUrl token = authority.newBuilder().encodedPath("/").addPathSegment(tenant).addPathSegments("oauth2/v2.0/token").query(null).build();
    OnlineHttp http = new OnlineHttp(new TrustPolicy(options.trustedHosts()), options.timeout());
    return new GraphDirectory(http, token, graph, cloud, clientId, secret.value(), secret.key());
  }

  @Override
  public User lookup(String emailOrUpn) throws LookupFailed {
    try {
      String scope = graphBase.newBuilder().encodedPath("/.default").build().toString();
      TokenClient.Outcome outcome = new TokenClient(http).clientCredentials(tokenEndpoint, clientId, clientSecret, scope, cloud);
      if (outcome instanceof TokenClient.Rejected r) {
        throw new LookupFailed("the token endpoint refused idp_client_id/" + secretKey + ": " + r.error()
            + (r.aadsts() == 0 ? "" : " (AADSTS" + r.aadsts() + ")"));
      }
      GraphClient graph = new GraphClient(http, graphBase, ((TokenClient.Issued) outcome).token());
      GraphClient.User found = graph.findUser(emailOrUpn)
          .orElseThrow(() -> new LookupFailed("Microsoft Graph has no user whose UPN or mail is " + emailOrUpn));
      List<String> groups = graph.transitiveGroupIds(found.id());
      return new User(Optional.ofNullable(found.mail()), Optional.of(found.id()), Map.of(), Optional.of(groups),
          Optional.ofNullable(found.userPrincipalName()));
    } catch (OnlineFault fault) {
      throw new LookupFailed("the Graph lookup failed: " + fault.getMessage());
    }
  }
}
