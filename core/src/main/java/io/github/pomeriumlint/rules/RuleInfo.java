package io.github.pomeriumlint.rules;

import io.github.pomeriumlint.api.Severity;
import java.util.Objects;

/**
 * What a rule is: the metadata every output format, {@code rules}, {@code explain} and the
 * generated docs are made from.
 *
 * @param id stable kebab-case id
 * @param severity default severity (a finding may carry another where the rule says so)
 * @param title one line
 * @param description what it checks and why it matters
 * @param bad a config snippet the rule reports
 * @param good the same snippet fixed
 * @param appliesTo the Pomerium releases it applies to, in words ("all releases", "0.20 and later")
 * @param online whether it needs {@code --online}
 */
public record RuleInfo(
    String id,
    Severity severity,
    String title,
    String description,
    String bad,
    String good,
    String appliesTo,
    boolean online) {

  public RuleInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule ids are kebab-case: " + id);
    }
  }

  /** Starts the metadata of an offline rule that applies to all releases. */
  public static Builder of(String id, Severity severity, String title) {
    return new Builder(id, severity, title);
  }

  /** Fills a {@link RuleInfo} in the order a reader wants it. */
  public static final class Builder {
    private final String id;
    private final Severity severity;
    private final String title;
    private String description = "";
    private String bad = "";
    private String good = "";
    private String appliesTo = "all releases";
    private boolean online;

    private Builder(String id, Severity severity, String title) {
      this.id = id;
      this.severity = severity;
      this.title = title;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder bad(String yaml) {
      this.bad = yaml;
      return this;
    }

    public Builder good(String yaml) {
      this.good = yaml;
      return this;
    }

    public Builder appliesTo(String releases) {
      this.appliesTo = releases;
      return this;
    }

    public Builder online() {
      this.online = true;
      return this;
    }

    public RuleInfo build() {
      return new RuleInfo(id, severity, title, description, bad, good, appliesTo, online);
    }
  }
}
