package io.github.pomeriumlint.pomerium;

/** The Go type behind a config key, as far as decoding and the environment overlay care. */
public enum ValueType {
  STRING,
  BOOL,
  INT,
  FLOAT,
  /** Go {@code time.Duration}: {@code 30s}, {@code 1h}; a bare integer is nanoseconds. */
  DURATION,
  /** {@code []string}: a YAML list, or a comma-separated string (and env value). */
  STRING_LIST,
  /** {@code map[string]...}: a mapping, or JSON in an env value. */
  MAP,
  /** A nested struct with keys of its own. */
  OBJECT,
  /** A list of objects ({@code certificates}, {@code databroker_cluster_nodes}, ...). */
  OBJECT_LIST,
  /** A list of routes, or base64 of a YAML route list in an env value. */
  ROUTES,
  /** A PPL policy: a mapping, a list of rules, or that as a YAML/JSON string. */
  PPL;

  /** How a value of this type is written: the hint where a value has the wrong shape. */
  public String howToWrite() {
    return switch (this) {
      case STRING -> "quote the value, or move the nested keys to where they belong";
      case BOOL -> "write true or false";
      case INT -> "write a whole number, e.g. 2";
      case FLOAT -> "write a number, e.g. 0.5";
      case DURATION -> "write a Go duration such as 30s, 5m or 1h";
      case STRING_LIST -> "write a YAML list of strings, or one comma-separated string";
      case MAP, OBJECT -> "write a mapping: one 'key: value' per line under the option";
      case OBJECT_LIST -> "write a list of mappings: '- key: value' items";
      case ROUTES -> "write a list of routes: '- from: ...' items";
      case PPL -> "write a policy: allow and deny rules";
    };
  }
}
