package io.github.pomeriumlint.rules.options;

import io.github.pomeriumlint.rules.Rule;
import java.util.List;

/** The rules about top-level options. */
public final class OptionRules {
  private OptionRules() {}

  public static List<Rule> all() {
    return List.of(
        new UnknownKey(),
        new RemovedKey(),
        new InvalidSecret(),
        new MissingSecret(),
        new UnknownIdpProvider(),
        new InvalidSigningKey(),
        new InvalidType(),
        new InvalidEnum(),
        new InvalidDuration(),
        new InvalidUrl(),
        new InsecureAuthenticateUrl(),
        new InvalidAddress(),
        new PolicyFile(),
        new FileNotFound(),
        new ClientSecretFileWhitespace(),
        new DatabrokerStorage(),
        new InvalidCertificate(),
        new InvalidMetricsBasicAuth(),
        new AutocertSettings(),
        new DownstreamMtls(),
        new DatabrokerCluster(),
        new UnknownLogField(),
        new SshKeyFile(),
        new EmptyMcpDomain(),
        new InvalidDnsResolver());
  }
}
