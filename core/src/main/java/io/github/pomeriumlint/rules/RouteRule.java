package io.github.pomeriumlint.rules;

/**
 * A rule that judges each route on its own. The linter runs every route rule on one route before
 * it moves on to the next, so that a route is read from memory once rather than once per rule (in
 * a large config, reading the routes again for each rule cost more than the checks).
 */
public abstract class RouteRule extends Rule {
  protected RouteRule(RuleInfo.Builder info) {
    super(info);
  }

  /**
   * What the rule checks once per file, before the routes.
   *
   * @return false when the file's routes need no check (a rule for another identity provider, say)
   */
  public boolean beforeRoutes(LintContext ctx) {
    return true;
  }

  /** Checks one route of the file behind {@code ctx}. */
  public abstract void check(LintContext ctx, Route route);

  /** The whole check of one file, as when the rule runs on its own. */
  @Override
  public final void check(LintContext ctx) {
    if (beforeRoutes(ctx)) {
      for (Route route : ctx.routes()) {
        check(ctx, route);
      }
    }
  }
}
