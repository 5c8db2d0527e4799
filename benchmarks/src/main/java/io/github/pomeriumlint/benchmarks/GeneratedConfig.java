package io.github.pomeriumlint.benchmarks;

/** A realistic config with N routes, each with a policy, as a large deployment writes it. */
final class GeneratedConfig {
  private GeneratedConfig() {}

  static String withRoutes(int routes) {
    StringBuilder yaml = new StringBuilder(256 * routes + 512);
    yaml.append("authenticate_service_url: https://authenticate.corp.example.com\n")
        .append("shared_secret: aPcBy6Dm9LQxSgWXL2j574AKHGXk17PjvKnNhcpiyHU=\n")
        .append("cookie_secret: +J8QKs6Ml/wQrCIDZ/B2qvm/RgCMiyKyYiSEV2iHW6Q=\n")
        .append("idp_provider: azure\n")
        .append("idp_provider_url: https://login.microsoftonline.com/db260707-7802-4dec-98d0-96446b98d6c1/v2.0\n")
        .append("idp_client_id: 07c75631-f770-4561-8f6b-4356e397c699\n")
        .append("idp_client_secret: Xq8Q~exampleOnlyNotARealSecret.abcdefgh\n")
        .append("routes:\n");
    for (int i = 0; i < routes; i++) {
      yaml.append("  - from: https://app-").append(i % 500).append(".corp.example.com\n");
      if (i >= 500) {
        yaml.append("    prefix: /svc-").append(i).append("/\n");
      }
      yaml.append("    to: http://backend-").append(i).append(".internal:8080\n")
          .append("    pass_identity_headers: true\n")
          .append("    policy:\n")
          .append("      - allow:\n")
          .append("          or:\n")
          .append("            - domain:\n")
          .append("                is: corp.example.com\n")
          .append("            - claim/groups: 1f2367e8-4697-4db2-90a0-9f32637")
          .append(String.format("%05d", i)).append("\n")
          .append("      - deny:\n")
          .append("          or:\n")
          .append("            - email:\n")
          .append("                is: former-").append(i).append("@corp.example.com\n");
    }
    return yaml.toString();
  }
}
