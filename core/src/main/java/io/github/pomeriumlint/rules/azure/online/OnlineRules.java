package io.github.pomeriumlint.rules.azure.online;

import static io.github.pomeriumlint.api.Severity.ERROR;
import static io.github.pomeriumlint.api.Severity.WARNING;

import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.rules.Rule;
import io.github.pomeriumlint.rules.RuleInfo;
import java.util.List;

/** The checks that ask Microsoft's identity platform and Graph ({@code check --online}). */
public final class OnlineRules {
  private OnlineRules() {}

  public static final Rule ISSUER_MISMATCH =
      new OnlineRule(
          RuleInfo.of("azure-issuer-mismatch", ERROR, "The discovery document's issuer differs from idp_provider_url")
              .description(
                  "Pomerium fetches <idp_provider_url>/.well-known/openid-configuration and refuses to start unless the"
                      + " issuer in it equals the URL byte for byte; the only exception is the exact default"
                      + " https://login.microsoftonline.com/common/v2.0.")
              .bad("idp_provider_url: https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0")
              .good("idp_provider_url: https://login.microsoftonline.com/<tenant-id>/v2.0"));

  public static final Rule DISCOVERY_FAILED =
      new OnlineRule(
          RuleInfo.of("azure-discovery-failed", ERROR, "The provider URL does not serve a usable discovery document")
              .description(
                  "The discovery document names an unknown tenant (AADSTS90002), is not JSON, lacks a field Pomerium"
                      + " needs, or points its endpoints at another host or at plain http. Sign-in cannot work.")
              .bad("idp_provider_url: https://login.microsoftonline.com/no-such-tenant.example/v2.0")
              .good("idp_provider_url: https://login.microsoftonline.com/<tenant-id>/v2.0"));

  public static final Rule CREDENTIALS_REJECTED =
      new OnlineRule(
          RuleInfo.of("azure-credentials-rejected", ERROR, "The token endpoint refused the client credentials")
              .description(
                  "A client-credentials token request with idp_client_id/idp_client_secret (and idp_service_account,"
                      + " where set) was refused; the finding names the AADSTS code, what it means and what to do.")
              .bad("idp_client_secret: 3f0c2a8e-...   # the secret's ID, not its value")
              .good("idp_client_secret: Xq8Q~...       # the secret's value"));

  public static final Rule PERMISSION_MISSING =
      new OnlineRule(
          RuleInfo.of("graph-permission-missing", WARNING, "The app lacks a Microsoft Graph application permission")
              .description(
                  "Pomerium's Azure guide asks for the application permissions Directory.Read.All, Group.Read.All and"
                      + " User.Read.All with admin consent; without them group and user lookups fail with 403. Checked in"
                      + " the roles claim of an app-only Graph token (decoded, never signature-checked).")
              .bad("# API permissions: User.Read (delegated)")
              .good("# API permissions: Directory.Read.All, Group.Read.All, User.Read.All (application, admin consent granted)"));

  public static final Rule SECRET_EXPIRY =
      new OnlineRule(
          RuleInfo.of("azure-client-secret-expiry", WARNING, "The client secret expires soon or has expired")
              .description(
                  "Read from the app registration's passwordCredentials when the app has Application.Read.All: a"
                      + " warning within 30 days of the end date, an error once it has passed (sign-in then fails with"
                      + " AADSTS7000222).")
              .bad("# secret 'pomerium' ends in 12 days")
              .good("# a new secret added and idp_client_secret updated"));

  public static final Rule USER_WITHOUT_EMAIL =
      new OnlineRule(
          RuleInfo.of("azure-user-without-email", WARNING, "Directory users without a mail address")
              .description(
                  "Entra users without a mailbox have no mail; their sessions carry no email, so email and domain"
                      + " rules deny them (403). Lists the count and the first user principal names; --show-users lists all.")
              .bad("policy:\n  - allow:\n      or:\n        - domain:\n            is: contoso.com")
              .good("policy:\n  - allow:\n      or:\n        - groups:\n            has: <group-object-id>"));

  public static final Rule GROUP_NOT_FOUND =
      new OnlineRule(
          RuleInfo.of("azure-group-not-found", WARNING, "A group in a policy does not exist in the directory")
              .description(
                  "Each group value in a policy is looked up in Microsoft Graph; a group id the directory does not"
                      + " know, or a name no group has, never matches anyone.")
              .bad("allowed_groups: [00000000-0000-0000-0000-000000000000]")
              .good("allowed_groups: [<an existing group object id>]"));

  public static final Rule CHECK_FAILED =
      new OnlineRule(
          RuleInfo.of(LintResult.INCOMPLETE_RULE, WARNING, "An online check could not be completed")
              .description(
                  "A call to the identity platform or Graph timed out, was refused, failed TLS, was throttled past"
                      + " its retries, got a server error or an unreadable answer, or went to a host not allowed to"
                      + " receive credentials. The result is incomplete: exit code 3 when nothing else failed.")
              .bad("# login.microsoftonline.com unreachable from the build agent")
              .good("# run --online where the identity platform is reachable"));

  public static List<Rule> all() {
    return List.of(
        ISSUER_MISMATCH, DISCOVERY_FAILED, CREDENTIALS_REJECTED, PERMISSION_MISSING, SECRET_EXPIRY,
        USER_WITHOUT_EMAIL, GROUP_NOT_FOUND, CHECK_FAILED);
  }
}
