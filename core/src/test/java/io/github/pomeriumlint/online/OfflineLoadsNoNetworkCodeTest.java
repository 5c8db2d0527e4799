package io.github.pomeriumlint.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Start-up cost: an offline run must not load the HTTP client, Kotlin or nimbus. The library runs
 * in a class loader of its own that records every class it is asked for.
 */
class OfflineLoadsNoNetworkCodeTest {
  /** Records the names it loads; everything but the JDK comes from its own URLs. */
  private static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      loaded.add(name);
      return super.loadClass(name, resolve);
    }
  }

  private static URL jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void anOfflineLintLoadsNeitherOkhttpNorKotlinNorNimbusNorTheOnlinePackage() throws Exception {
    URL[] classpath = Stream.of(
            io.github.pomeriumlint.api.PomeriumLint.class, org.snakeyaml.engine.v2.api.Load.class,
            com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
            com.fasterxml.jackson.annotation.JsonProperty.class, com.google.re2j.Pattern.class,
            com.nimbusds.jwt.JWTParser.class, okhttp3.OkHttpClient.class, okio.Buffer.class, kotlin.Unit.class)
        .map(OfflineLoadsNoNetworkCodeTest::jarOf).distinct().toArray(URL[]::new);
    try (Recording loader = new Recording(classpath)) {
      Class<?> options = loader.loadClass("io.github.pomeriumlint.api.LintOptions");
      Class<?> lint = loader.loadClass("io.github.pomeriumlint.api.PomeriumLint");
      Method run = lint.getMethod("lint", String.class, String.class, options);
      Object result = run.invoke(null, "config.yaml",
          "idp_provider: azure\nidp_provider_url: https://login.microsoftonline.com/common/v2.0\nroutes:\n  - from: https://a.example.com\n    to: https://b\n",
          options.getMethod("defaults").invoke(null));

      assertThat(result).isNotNull();
      assertThat(loader.loaded).anyMatch(n -> n.startsWith("io.github.pomeriumlint.engine."));
      assertThat(loader.loaded).noneMatch(n -> n.startsWith("okhttp3.") || n.startsWith("okio.") || n.startsWith("kotlin.")
          || n.startsWith("com.nimbusds.") || n.startsWith("io.github.pomeriumlint.online."));
    }
  }
}
