package io.github.pomeriumlint.troubleshoot;

/** What one criterion makes of one user and request. */
public enum Outcome {
  MATCHED("matched"),
  NOT_MATCHED("not matched"),
  /** Never matches for this user, whatever the value: no email to compare, a name where an id belongs... */
  CANNOT_MATCH("cannot match");

  private final String words;

  Outcome(String words) {
    this.words = words;
  }

  /** For people: {@code not matched}. */
  public String words() {
    return words;
  }

  /** For scripts: {@code not-matched}. */
  public String id() {
    return words.replace(' ', '-');
  }
}
