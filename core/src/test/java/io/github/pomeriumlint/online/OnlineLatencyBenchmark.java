package io.github.pomeriumlint.online;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;

/**
 * Not a test: shows that an online check costs about its longest chain of dependent round trips
 * (discovery, then token, then the Graph reads at once), not their sum, and that a scan of
 * 100,000 users stays in bounded memory. Run as described in the README.
 */
public final class OnlineLatencyBenchmark {
  private static final int DELAY_MS = 200;
  private static final int GROUPS = 6;
  private static final int USERS = 100_000;

  public static void main(String[] args) throws Exception {
    latency();
    userScan();
  }

  private static void latency() throws Exception {
    try (FakeEntra entra = new FakeEntra()) {
      StringBuilder groups = new StringBuilder();
      for (int i = 0; i < GROUPS; i++) {
        String id = "%08d-0000-4000-8000-000000000000".formatted(i);
        groups.append("          - groups:\n              has: ").append(id).append('\n');
        entra.routes.put("/v1.0/groups/" + id, r -> FakeEntra.json(200, "{\"id\":\"" + id + "\",\"displayName\":\"g\"}"));
      }
      String config = config(entra) + groups;
      LintOptions options = options(entra).build();
      PomeriumLint.lint("warm-up.yaml", config, options); // class loading and JIT are not the subject
      entra.requests.clear();
      entra.delayMillis = DELAY_MS;

      long start = System.nanoTime();
      LintResult result = PomeriumLint.lint("config.yaml", config, options);
      long wall = (System.nanoTime() - start) / 1_000_000;

      int calls = entra.requests.size();
      System.out.printf("latency: %d ms per response, %d calls (discovery, token, users, %d groups)%n", DELAY_MS, calls, GROUPS);
      System.out.printf("  dependent chain (discovery -> token -> Graph): %d ms%n", 3 * DELAY_MS);
      System.out.printf("  sum of all calls if run one after another:    %d ms%n", calls * DELAY_MS);
      System.out.printf("  measured wall time:                           %d ms (%d findings, incomplete=%s)%n",
          wall, result.diagnostics().size(), result.incomplete());
    }
  }

  private static void userScan() throws Exception {
    try (FakeEntra entra = new FakeEntra()) {
      entra.usersWithoutMail(USERS);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      LintResult result = PomeriumLint.lint("config.yaml", config(entra), options(entra).build());
      long wall = (System.nanoTime() - start) / 1_000_000;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      String finding = result.diagnostics().stream().filter(d -> d.rule().equals("azure-user-without-email"))
          .map(d -> d.message().substring(0, d.message().indexOf('('))).findFirst().orElse("none");
      System.out.printf("user scan: %d users in %d pages, %d ms, peak heap %d MiB (max heap %d MiB): %s%n",
          USERS, entra.requests.stream().filter(r -> r.getUrl().encodedPath().equals("/v1.0/users")).count(), wall,
          peak >> 20, Runtime.getRuntime().maxMemory() >> 20, finding.trim());
    }
  }

  private static String config(FakeEntra entra) {
    return entra.config(entra.providerUrl(), "", "- domain:\n    is: corp.example.com");
  }

  private static LintOptions.Builder options(FakeEntra entra) {
    return LintOptions.builder().online(true).trustHost(entra.hostPort()).graphUrl(entra.base()).timeout(Duration.ofSeconds(30));
  }
}
