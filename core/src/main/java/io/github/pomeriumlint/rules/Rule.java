package io.github.pomeriumlint.rules;

/**
 * One check: its metadata and the code that reads a config and reports. A rule never prints,
 * never throws for bad input (it reports it), and never depends on another rule having run.
 */
public abstract class Rule {
  private final RuleInfo info;

  protected Rule(RuleInfo.Builder info) {
    this.info = info.build();
  }

  public final RuleInfo info() {
    return info;
  }

  public final String id() {
    return info.id();
  }

  /** Reads the file behind {@code ctx} and reports what is wrong through it. */
  public abstract void check(LintContext ctx);
}
