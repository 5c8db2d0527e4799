package io.github.pomeriumlint.pomerium;

import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.ANY;
import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.CERTIFICATE;
import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.DEVICE;
import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.IP;
import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.NONE;
import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.STRING;
import static io.github.pomeriumlint.pomerium.PplCriteria.Matcher.STRING_LIST;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PPL criteria of open-source Pomerium, with the releases that know them and the matcher each
 * one takes. Source: the fact sheet, section 5.2 (Pomerium's {@code pkg/policy/criteria} at each tag).
 */
public final class PplCriteria {

  /** What a criterion accepts as its value. */
  public enum Matcher {
    /** The value is ignored ({@code accept: true}). */
    NONE,
    /** A string ({@code is}) or an object of is / not / contains / starts_with / ends_with / in / not_in. */
    STRING,
    /** A string ({@code has}) or an object of has / is / exclude. */
    STRING_LIST,
    /** An object of fingerprint / spki_hash / san_email / san_dns / san_uri. */
    CERTIFICATE,
    /** An object of is / approved / type. */
    DEVICE,
    /** An IP address or CIDR, or a list of them. */
    IP,
    /** Not checked here. */
    ANY
  }

  /** The operators of a string matcher. */
  public static final Set<String> STRING_OPERATORS = Set.of("is", "not", "contains", "starts_with", "ends_with", "in", "not_in");
  /** The operators of a string-list matcher. */
  public static final Set<String> STRING_LIST_OPERATORS = Set.of("has", "is", "exclude");
  /** The keys of a client certificate matcher. */
  public static final Set<String> CERTIFICATE_KEYS = Set.of("fingerprint", "spki_hash", "san_email", "san_dns", "san_uri");
  /** The keys of a device matcher. */
  public static final Set<String> DEVICE_KEYS = Set.of("is", "approved", "type");

  /**
   * A criterion and its history.
   *
   * @param since the first release that knows it, or {@code null} when older than every release we track
   * @param removedIn the first release that no longer knows it, or {@code null}
   * @param readdedIn a later release that knows it again, or {@code null}
   * @param note what to know when using it, or {@code null}
   */
  public record CriterionDef(
      String name, Matcher matcher, PomeriumVersion since, PomeriumVersion removedIn, PomeriumVersion readdedIn, String note) {

    /** Whether {@code version}'s authorize service can build this criterion. */
    public boolean existsIn(PomeriumVersion version) {
      boolean added = since == null || version.compareTo(since) >= 0;
      boolean gone = removedIn != null && version.compareTo(removedIn) >= 0 && (readdedIn == null || version.compareTo(readdedIn) < 0);
      return added && !gone;
    }

    /** The releases that know it, in words. */
    public String releases() {
      if (removedIn == null) {
        return since == null ? "all releases" : since + " and later";
      }
      String until = (since == null ? "" : since + " ") + "up to " + removedIn.major() + "." + (removedIn.minor() - 1);
      return readdedIn == null ? until : until + ", and " + readdedIn + " and later";
    }
  }

  private static final String GROUPS_NOTE =
      "reads group ids from directory data that only Pomerium Enterprise syncs; in Pomerium Core it never matches";

  private static final Map<String, CriterionDef> CRITERIA = index(List.of(
      def("accept", NONE),
      def("authenticated_user", NONE),
      def("claim", STRING_LIST),
      // Pomerium registers "claims" as a second name of "claim".
      def("claims", STRING_LIST),
      def("client_certificate", CERTIFICATE),
      def("cors_preflight", NONE),
      def("device", DEVICE),
      def("domain", STRING),
      def("email", STRING),
      new CriterionDef("groups", STRING_LIST, null, v("0.20"), v("0.26"), GROUPS_NOTE),
      def("http_method", STRING),
      def("http_path", STRING),
      def("invalid_client_certificate", NONE),
      new CriterionDef("mcp_tool", STRING, v("0.30"), null, null, null),
      new CriterionDef("pomerium_routes", NONE, v("0.15"), v("0.23"), null, "dropped from the registry in 0.23"),
      def("reject", NONE),
      new CriterionDef("source_ip", IP, v("0.31"), null, null, null),
      def("ssh_publickey", ANY),
      def("ssh_ca", ANY),
      def("ssh_username", STRING),
      def("ssh_username_matches_email", NONE),
      new CriterionDef("ssh_username_matches_claim", ANY, v("0.30"), null, null, null),
      def("user", STRING)));

  /** Criteria of Pomerium Enterprise and Zero only: open-source Pomerium does not know them. */
  private static final Set<String> ENTERPRISE_ONLY = Set.of("date", "day_of_week", "time_of_day", "record");

  private PplCriteria() {}

  /** The criterion called {@code name}, whatever the release. */
  public static Optional<CriterionDef> find(String name) {
    return Optional.ofNullable(CRITERIA.get(name));
  }

  /** Whether only Pomerium Enterprise / Zero know the criterion. */
  public static boolean enterpriseOnly(String name) {
    return ENTERPRISE_ONLY.contains(name);
  }

  /** The names {@code version} knows, for "did you mean". */
  public static List<String> namesIn(PomeriumVersion version) {
    return CRITERIA.values().stream().filter(d -> d.existsIn(version)).map(CriterionDef::name).toList();
  }

  private static CriterionDef def(String name, Matcher matcher) {
    return new CriterionDef(name, matcher, null, null, null, null);
  }

  private static PomeriumVersion v(String release) {
    return PomeriumVersion.of(release);
  }

  private static Map<String, CriterionDef> index(List<CriterionDef> defs) {
    Map<String, CriterionDef> map = new LinkedHashMap<>();
    defs.forEach(d -> map.put(d.name(), d));
    return Collections.unmodifiableMap(map);
  }
}
