package io.github.pomeriumlint.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a lint run should assume and may do. Immutable; build with {@link #builder()}.
 *
 * <p>Without {@link Builder#environment(Map)} or {@link Builder#envFile(Path)} the environment is
 * ignored, so a run is reproducible wherever it happens.
 */
public final class LintOptions {
  private final String pomeriumVersion;
  private final Map<String, String> environment;
  private final Path envFile;
  private final boolean online;
  private final Set<String> trustedHosts;
  private final String graphUrl;
  private final Duration timeout;
  private final boolean showUsers;
  private final Consumer<String> progress;

  private LintOptions(Builder b) {
    this.pomeriumVersion = b.pomeriumVersion;
    this.environment = Map.copyOf(b.environment);
    this.envFile = b.envFile;
    this.online = b.online;
    this.trustedHosts = Set.copyOf(b.trustedHosts);
    this.graphUrl = b.graphUrl;
    this.timeout = b.timeout;
    this.showUsers = b.showUsers;
    this.progress = b.progress;
  }

  public static LintOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The Pomerium release the config targets, e.g. {@code 0.33}; empty means the newest known. */
  public Optional<String> pomeriumVersion() {
    return Optional.ofNullable(pomeriumVersion);
  }

  /** Environment variables to overlay as Pomerium binds them (empty: none). */
  public Map<String, String> environment() {
    return environment;
  }

  /** A dotenv file whose variables are overlaid after {@link #environment()}. */
  public Optional<Path> envFile() {
    return Optional.ofNullable(envFile);
  }

  /** Whether to run the checks that call Microsoft identity and Graph endpoints. */
  public boolean online() {
    return online;
  }

  /** Hosts ({@code host} or {@code host:port}) that online checks may send credentials to. */
  public Set<String> trustedHosts() {
    return trustedHosts;
  }

  /** Overrides the Graph base URL derived from the provider URL's cloud. */
  public Optional<String> graphUrl() {
    return Optional.ofNullable(graphUrl);
  }

  /** Connect, read and call timeout of each online request. */
  public Duration timeout() {
    return timeout;
  }

  /** Whether the users-without-email finding lists every user, not just the first few. */
  public boolean showUsers() {
    return showUsers;
  }

  /** Receives progress lines of long online scans; the library itself never prints. */
  public Consumer<String> progress() {
    return progress;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.pomeriumVersion = pomeriumVersion;
    b.environment.putAll(environment);
    b.envFile = envFile;
    b.online = online;
    b.trustedHosts.addAll(trustedHosts);
    b.graphUrl = graphUrl;
    b.timeout = timeout;
    b.showUsers = showUsers;
    b.progress = progress;
    return b;
  }

  /** Builds {@link LintOptions}. */
  public static final class Builder {
    private String pomeriumVersion;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path envFile;
    private boolean online;
    private final Set<String> trustedHosts = new LinkedHashSet<>();
    private String graphUrl;
    private Duration timeout = Duration.ofSeconds(10);
    private boolean showUsers;
    private Consumer<String> progress = line -> {};

    private Builder() {}

    public Builder pomeriumVersion(String version) {
      this.pomeriumVersion = version;
      return this;
    }

    public Builder environment(Map<String, String> variables) {
      this.environment.clear();
      this.environment.putAll(variables);
      return this;
    }

    public Builder envFile(Path file) {
      this.envFile = file;
      return this;
    }

    public Builder online(boolean enabled) {
      this.online = enabled;
      return this;
    }

    public Builder trustHost(String hostAndPort) {
      this.trustedHosts.add(hostAndPort);
      return this;
    }

    public Builder graphUrl(String url) {
      this.graphUrl = url;
      return this;
    }

    public Builder timeout(Duration value) {
      this.timeout = value;
      return this;
    }

    public Builder showUsers(boolean all) {
      this.showUsers = all;
      return this;
    }

    public Builder progress(Consumer<String> listener) {
      this.progress = listener;
      return this;
    }

    public LintOptions build() {
      return new LintOptions(this);
    }
  }
}
