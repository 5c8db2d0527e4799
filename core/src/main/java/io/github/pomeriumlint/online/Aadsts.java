package io.github.pomeriumlint.online;

import java.util.Map;

/**
 * What the AADSTS codes of a refused client-credentials request mean and what to do, from
 * Microsoft's error-code reference. Microsoft changes codes over time, so an unknown code is
 * named as it is with a pointer to its lookup page.
 */
final class Aadsts {
  private Aadsts() {}

  /** @param meaning what the code says, completing "the token endpoint refused the credentials: ..." */
  record Explanation(String meaning, String fix) {}

  private static final Map<Integer, Explanation> CODES =
      Map.ofEntries(
          Map.entry(7000215, new Explanation(
              "the client secret is wrong (often the secret's ID pasted instead of its value; an expired secret can also show this code)",
              "copy the secret's Value (not its Secret ID) from Certificates & secrets, or create a new secret")),
          Map.entry(7000222, new Explanation(
              "the client secret has expired",
              "create a new client secret in the app registration and update the config")),
          Map.entry(700016, new Explanation(
              "no application with this client id exists in the tenant (wrong client id, wrong tenant, or the app was never added there)",
              "check the Application (client) ID and the tenant id of the app registration")),
          Map.entry(90002, new Explanation(
              "the tenant does not exist (wrong tenant id or domain, or a tenant of another cloud)",
              "use the Directory (tenant) ID of the app registration, on the authority host of its cloud")),
          Map.entry(900023, new Explanation(
              "the tenant is neither a tenant id nor a valid domain",
              "use the Directory (tenant) ID (a GUID)")),
          Map.entry(90038, new Explanation(
              "the tenant belongs to another national cloud",
              "use the authority host of the tenant's cloud")),
          Map.entry(7000218, new Explanation(
              "no client secret was sent",
              "set the client secret")),
          Map.entry(70011, new Explanation("the requested scope is not valid", "report this: the scope is fixed by the tool")),
          Map.entry(50194, new Explanation(
              "the app is not multi-tenant, so the /common endpoint cannot be used",
              "use the tenant-specific URL https://login.microsoftonline.com/<tenant-id>/v2.0")),
          Map.entry(9001023, new Explanation(
              "the client-credentials grant is not supported on /common or /consumers",
              "use the tenant-specific URL https://login.microsoftonline.com/<tenant-id>/v2.0")),
          Map.entry(65001, new Explanation(
              "consent for the application is missing",
              "grant admin consent for the app's API permissions in the tenant")),
          Map.entry(500011, new Explanation(
              "the resource's service principal is not in the tenant",
              "grant admin consent so that Microsoft Graph is added to the tenant")),
          Map.entry(53003, new Explanation(
              "Conditional Access blocked the request",
              "exclude the app's service principal from the blocking Conditional Access policy")));

  static Explanation explain(int code, String oauthError) {
    Explanation known = CODES.get(code);
    if (known != null) {
      return known;
    }
    String what = code == 0 ? "error '" + oauthError + "' without an AADSTS code" : "AADSTS" + code + " (" + oauthError + ")";
    return new Explanation(what, "look the code up at https://login.microsoftonline.com/error?code=" + code);
  }
}
