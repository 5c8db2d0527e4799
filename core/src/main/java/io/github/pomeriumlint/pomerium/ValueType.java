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
  PPL
}
