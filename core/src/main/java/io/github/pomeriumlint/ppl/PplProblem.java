package io.github.pomeriumlint.ppl;

import io.github.pomeriumlint.config.Node;

/**
 * A reason Pomerium refuses to parse a policy, with Pomerium's own message (it fails the config
 * load with it).
 *
 * @param node what is wrong: the key or value Pomerium stumbles on
 * @param message Pomerium's message, e.g. {@code invalid rules in policy: invalid action in rule: unsupported action: permit}
 * @param hint how to fix it
 */
public record PplProblem(Node node, String message, String hint) {}
