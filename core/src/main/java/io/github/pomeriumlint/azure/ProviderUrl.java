package io.github.pomeriumlint.azure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code idp_provider_url} for {@code idp_provider: azure}, taken apart. Pomerium (through
 * go-oidc) fetches {@code <url>/.well-known/openid-configuration} and requires the issuer in it to
 * equal the URL byte for byte, so the only forms that work are {@code https://<authority
 * host>/<tenant-id>/v2.0} and the exact default {@link #COMMON}. Parsing never fails: what is
 * wrong is listed in {@link #mistakes()}, and {@link #canonical()} is the URL that works, where
 * one can be derived.
 *
 * @param raw the value as written
 * @param cloud the Microsoft cloud the host belongs to, empty for a host that is not Microsoft's
 * @param tenant the tenant segment as written (a GUID, a domain, {@code common}, ...), or empty
 * @param mistakes what keeps the URL from working, most important first; empty when it works
 * @param canonical the working form of the URL, where the value says enough to derive it
 */
public record ProviderUrl(
    String raw, Optional<AzureCloud> cloud, Optional<String> tenant, List<Mistake> mistakes, Optional<String> canonical) {

  /** Pomerium's default for an empty URL; the only multi-tenant form whose issuer check passes. */
  public static final String COMMON = "https://login.microsoftonline.com/common/v2.0";

  private static final String WELL_KNOWN = "/.well-known/openid-configuration";
  private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)([?#].*)?");
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{[^}]*}|<[^>]*>|\\$\\{|REPLACE|CHANGE[_-]?ME|YOUR[_-]|TENANT[_-]?ID|\\bxxxx|\\.\\.\\.", Pattern.CASE_INSENSITIVE);

  /** The ways a provider URL goes wrong, each with a one-line explanation. */
  public enum Mistake {
    PLACEHOLDER("still holds a placeholder"),
    NOT_A_URL("is not an absolute https URL"),
    HTTP("uses http; Microsoft serves discovery only over https"),
    NOT_MICROSOFT_HOST("is not on a Microsoft sign-in authority host"),
    ALIAS_HOST("uses an alias host; the discovery issuer names the authority host, so the issuer check fails"),
    V1_ISSUER("is the v1 token issuer (sts.windows.net), not a sign-in authority"),
    WELL_KNOWN_SUFFIX("is the whole metadata document URL; Pomerium appends /.well-known/openid-configuration itself"),
    TRAILING_SLASH("ends with a slash; the discovery issuer has none, so the issuer check fails"),
    NO_TENANT("names no tenant"),
    V1_ENDPOINT("is the v1 endpoint (no /v2.0); its issuer is https://sts.windows.net/<tenant-id>/, so the issuer check fails"),
    OTHER_PATH("has a path other than /<tenant-id>/v2.0"),
    QUERY("has a query or fragment, which the issuer does not"),
    TENANT_DOMAIN("names the tenant by domain; discovery works but its issuer holds the tenant id, so the issuer check fails"),
    TENANT_UPPERCASE("writes the tenant id in upper case; the issuer holds it in lower case, so the issuer check fails"),
    TENANT_ORGANIZATIONS("uses 'organizations'; its issuer is a {tenantid} template, so the issuer check fails"),
    TENANT_CONSUMERS("uses 'consumers'; its issuer holds the personal-accounts tenant id, so the issuer check fails"),
    TENANT_COMMON_VARIANT("is a variant of the 'common' URL; Pomerium skips the issuer check only for the exact default"),
    TENANT_INVALID("names a tenant that is neither a tenant id (GUID) nor a domain");

    private final String explanation;

    Mistake(String explanation) {
      this.explanation = explanation;
    }

    /** Completes "idp_provider_url ..." into a sentence. */
    public String explanation() {
      return explanation;
    }
  }

  /** Takes {@code value} apart; a blank value is Pomerium's default, {@link #COMMON}. */
  public static ProviderUrl parse(String value) {
    String raw = value == null ? "" : value;
    String url = raw.trim();
    if (url.isEmpty()) {
      return parse(COMMON);
    }
    List<Mistake> mistakes = new ArrayList<>();
    if (PLACEHOLDER.matcher(url).find()) {
      mistakes.add(Mistake.PLACEHOLDER);
    }
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      mistakes.add(Mistake.NOT_A_URL);
      return new ProviderUrl(raw, Optional.empty(), Optional.empty(), mistakes, Optional.empty());
    }
    String host = m.group(2).toLowerCase(Locale.ROOT);
    if (!m.group(1).equalsIgnoreCase("https")) {
      mistakes.add(Mistake.HTTP);
    }
    Optional<AzureCloud> cloud = AzureCloud.ofHost(host);
    if (cloud.isEmpty()) {
      mistakes.add(Mistake.NOT_MICROSOFT_HOST);
      return new ProviderUrl(raw, cloud, Optional.empty(), mistakes, Optional.empty());
    }
    if (host.equals("sts.windows.net")) {
      mistakes.add(Mistake.V1_ISSUER);
    } else if (!host.equals(cloud.get().authorityHost())) {
      mistakes.add(Mistake.ALIAS_HOST);
    }
    if (m.group(4) != null) {
      mistakes.add(Mistake.QUERY);
    }
    String path = m.group(3);
    if (path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(WELL_KNOWN)) {
      mistakes.add(Mistake.WELL_KNOWN_SUFFIX);
      path = path.replaceAll("/+$", "");
      path = path.substring(0, path.length() - WELL_KNOWN.length());
    } else if (path.length() > 1 && path.endsWith("/") && !host.equals("sts.windows.net")) {
      mistakes.add(Mistake.TRAILING_SLASH);
    }
    List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    if (segments.isEmpty()) {
      mistakes.add(Mistake.NO_TENANT);
      return new ProviderUrl(raw, cloud, Optional.empty(), mistakes, Optional.empty());
    }
    String tenant = segments.get(0);
    if (segments.size() == 1 && !host.equals("sts.windows.net")) {
      mistakes.add(Mistake.V1_ENDPOINT);
    } else if (segments.size() > 2 || (segments.size() == 2 && !segments.get(1).equals("v2.0"))) {
      mistakes.add(Mistake.OTHER_PATH);
    }
    Optional<String> canonicalTenant = Optional.of(tenant);
    if (Guid.is(tenant)) {
      if (!tenant.equals(tenant.toLowerCase(Locale.ROOT))) {
        mistakes.add(Mistake.TENANT_UPPERCASE);
        canonicalTenant = Optional.of(tenant.toLowerCase(Locale.ROOT));
      }
    } else {
      switch (tenant.toLowerCase(Locale.ROOT)) {
        case "common" -> {
          if (!mistakes.isEmpty() || !url.equals(COMMON)) {
            mistakes.add(Mistake.TENANT_COMMON_VARIANT);
            // The default only exists in the global cloud.
            canonicalTenant = cloud.get() == AzureCloud.GLOBAL ? canonicalTenant.map(t -> "common") : Optional.empty();
          }
        }
        case "organizations" -> mistakes.add(Mistake.TENANT_ORGANIZATIONS);
        case "consumers" -> mistakes.add(Mistake.TENANT_CONSUMERS);
        default -> {
          if (!mistakes.contains(Mistake.PLACEHOLDER)) {
            mistakes.add(tenant.contains(".") ? Mistake.TENANT_DOMAIN : Mistake.TENANT_INVALID);
          }
        }
      }
      if (!tenant.equalsIgnoreCase("common")) {
        canonicalTenant = Optional.empty();
      }
    }
    Optional<String> canonical =
        canonicalTenant.map(t -> "https://" + cloud.get().authorityHost() + "/" + t + "/v2.0");
    return new ProviderUrl(raw, cloud, Optional.of(tenant), List.copyOf(mistakes), canonical);
  }

  /** Whether Pomerium can use the URL as written. */
  public boolean works() {
    return mistakes.isEmpty();
  }

  /** The tenant id when the URL names one by GUID (lower-cased). */
  public Optional<String> tenantId() {
    return tenant.filter(Guid::is).map(t -> t.toLowerCase(Locale.ROOT));
  }

  /** Whether the URL is multi-tenant ({@code common}, {@code organizations}, {@code consumers}). */
  public boolean multiTenant() {
    return tenant.map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> t.equals("common") || t.equals("organizations") || t.equals("consumers")).isPresent();
  }

  /** The authority host of the URL's cloud (the host discovery and token requests go to). */
  public Optional<String> authorityHost() {
    return cloud.map(AzureCloud::authorityHost);
  }

  /** The Microsoft Graph host of the URL's cloud. */
  public Optional<String> graphHost() {
    return cloud.map(AzureCloud::graphHost);
  }

  /** The URL with a placeholder where the tenant id belongs, for hints where no tenant id is known. */
  public String template() {
    return "https://" + authorityHost().orElse(AzureCloud.GLOBAL.authorityHost()) + "/<tenant-id>/v2.0";
  }
}
