package io.github.pomeriumlint.pomerium;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Pomerium release, {@code major.minor[.patch]}; only major and minor change config keys. */
public record PomeriumVersion(int major, int minor, int patch) implements Comparable<PomeriumVersion> {

  /** The newest release this tool knows the config of. */
  public static final PomeriumVersion NEWEST = new PomeriumVersion(0, 33, 1);

  private static final Pattern FORM = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  /** Parses {@code 0.33}, {@code 0.33.1} or {@code v0.33.1}. */
  public static PomeriumVersion parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a Pomerium release (expected X.Y or X.Y.Z, e.g. 0.33)");
    }
    return new PomeriumVersion(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /** {@code 0.20} for short literals in tables. */
  public static PomeriumVersion of(String text) {
    return parse(text);
  }

  public boolean atLeast(String release) {
    return compareTo(parse(release)) >= 0;
  }

  public boolean before(String release) {
    return compareTo(parse(release)) < 0;
  }

  @Override
  public int compareTo(PomeriumVersion o) {
    if (major != o.major) {
      return Integer.compare(major, o.major);
    }
    if (minor != o.minor) {
      return Integer.compare(minor, o.minor);
    }
    return Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + (patch == 0 ? "" : "." + patch);
  }
}
