package io.github.pomeriumlint.online;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import io.github.pomeriumlint.rules.Route;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The entry point of {@code check --online}. The engine calls {@link #run} only when online checks
 * are on, so an offline run never loads the HTTP client. Files are checked at the same time, and
 * within a file every call that does not need another's answer runs at the same time too; a
 * call that several files need (the same discovery document, the same credentials) is made once.
 */
public final class OnlineCheck {
  /**
   * One linted input: its file name, effective options and routes.
   *
   * @param directory the folder its relative {@code *_file} paths are read from
   */
  public record Target(String file, Optional<Path> directory, MapNode options, List<Route> routes, PomeriumVersion version) {}

  /** Findings, and the messages of checks that could not be completed. */
  public record Outcome(List<Diagnostic> diagnostics, List<String> incomplete) {}

  /** Something an online call throws through a future. */
  @FunctionalInterface
  interface Call<T> {
    T get() throws OnlineFault;
  }

  final LintOptions options;
  final OnlineHttp http;
  final ConcurrentLinkedQueue<Diagnostic> findings = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> incomplete = new ConcurrentLinkedQueue<>();
  private final Map<String, CompletableFuture<?>> once = new ConcurrentHashMap<>();
  private final ExecutorService pool;

  private OnlineCheck(LintOptions options) {
    this.options = options;
    this.http = new OnlineHttp(new TrustPolicy(options.trustedHosts()), options.timeout());
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "pomerium-lint-online");
      t.setDaemon(true);
      return t;
    };
    // Calls block on the network, and a task may wait for the tasks it started: never a fixed size.
    this.pool = Executors.newCachedThreadPool(daemons);
  }

  public static Outcome run(List<Target> targets, LintOptions options) {
    OnlineCheck check = new OnlineCheck(options);
    try {
      List<CompletableFuture<Void>> files = new ArrayList<>();
      for (Target target : targets) {
        files.add(CompletableFuture.runAsync(() -> check.guarded(target), check.pool));
      }
      CompletableFuture.allOf(files.toArray(CompletableFuture[]::new)).join();
      return new Outcome(List.copyOf(check.findings), check.incomplete.stream().distinct().sorted().toList());
    } finally {
      check.pool.shutdownNow();
    }
  }

  /** A bug in one file's checks must not hide the other findings: it becomes a finding of its own. */
  private void guarded(Target target) {
    try {
      new FileCheck(this, target).run();
    } catch (RuntimeException e) {
      findings.add(new Diagnostic("internal-error", Severity.ERROR, target.file(), 1, 1, 1, 1, "",
          "the online checks failed on this file (" + e.getClass().getSimpleName() + "); please report this with the file", null));
    }
  }

  /** Starts {@code call} on the pool. */
  <T> CompletableFuture<T> async(Call<T> call) {
    return CompletableFuture.supplyAsync(unchecked(call), pool);
  }

  /** Starts {@code call} once per {@code key} per run; later askers share its answer. */
  @SuppressWarnings("unchecked")
  <T> CompletableFuture<T> once(String key, Call<T> call) {
    return (CompletableFuture<T>) once.computeIfAbsent(key, k -> async(call));
  }

  /** The answer of {@code future}, rethrowing a fault the call threw. */
  static <T> T await(CompletableFuture<T> future) throws OnlineFault {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof OnlineFault fault) {
        throw fault;
      }
      throw e;
    }
  }

  private static <T> Supplier<T> unchecked(Call<T> call) {
    return () -> {
      try {
        return call.get();
      } catch (OnlineFault e) {
        throw new CompletionException(e);
      }
    };
  }
}
