package io.github.pomeriumlint.pomerium.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoValuesTest {

  @ParameterizedTest
  @CsvSource({"0,0", "30s,30000000000", "1h30m,5400000000000", "1.5s,1500000000", "-2ms,-2000000", ".5us,500",
      "+1m,60000000000", "1µs,1000", "2h45m0.5s,9900500000000"})
  void durationsGoAccepts(String text, long nanos) {
    assertThat(GoDuration.parse(text).value()).isEqualTo(Duration.ofNanos(nanos));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "30", "1d", "s", "1..5s", "1 s", "-", "1h-30m", "9999999999h"})
  void durationsGoRejects(String text) {
    assertThat(GoDuration.parse(text).isOk()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"https://authenticate.example.com,https,authenticate.example.com",
      "http://127.0.0.1:5443,http,127.0.0.1:5443", "https://[::1]:8443/x?y#z,https,[::1]:8443",
      "HTTPS://user@Example.com/,https,Example.com", "unix:///var/run/pomerium.sock,unix,''",
      "https://bücher.example/,https,bücher.example"})
  void urlsPomeriumAccepts(String text, String scheme, String host) {
    Parsed<GoUrl> url = GoUrl.parse(text);
    assertThat(url.error()).isNull();
    assertThat(url.value().scheme()).isEqualTo(scheme);
    assertThat(url.value().host()).isEqualTo(host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "authenticate.example.com", "127.0.0.1:5443", "localhost:5443", "https://",
      "https:///path", "://x", "https://exa mple.com", "https://example.com:80a", "https://[::1", "https://a\tb",
      "/just/a/path"})
  void urlsPomeriumRejects(String text) {
    assertThat(GoUrl.parse(text).isOk()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"https://a.example:8443,8443,a.example", "https://a.example,-1,a.example", "https://[::1]:1,1,::1"})
  void urlPortAndHostName(String text, int port, String name) {
    GoUrl url = GoUrl.parse(text).value();
    assertThat(url.port()).isEqualTo(port);
    assertThat(url.hostName()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"V2JBZk0zWGtsL29UcFUvWjVDWWQ2UHExNXJ0b2VhcDI=,32", "'QUJD\n',3", "'',0", "YQ==,1"})
  void base64GoAccepts(String text, int bytes) {
    assertThat(GoBase64.decodeStd(text).value()).hasSize(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPLACEME", "XXXXXX", "xxx", "YQ", "YQ=", "Y Q==", "YQ==YQ==", "a-b_", "YQ===="})
  void base64GoRejects(String text) {
    Parsed<byte[]> parsed = GoBase64.decodeStd(text);
    assertThat(parsed.isOk()).isFalse();
    assertThat(parsed.error()).doesNotContain(text);
  }

  @ParameterizedTest
  @CsvSource({"YWJj,3", "YWI,2", "-_8,2"})
  void rawUrlBase64(String text, int bytes) {
    assertThat(GoBase64.decodeRawUrl(text).value()).hasSize(bytes);
  }

  @ParameterizedTest
  @CsvSource({":443,'',443", "127.0.0.1:9090,127.0.0.1,9090", "[::1]:5443,::1,5443", "localhost:1,localhost,1"})
  void addressesPomeriumAccepts(String text, String host, int port) {
    assertThat(GoAddress.parse(text).value()).isEqualTo(new GoAddress(host, port));
  }

  @ParameterizedTest
  @ValueSource(strings = {"443", "localhost", ":http", ":0", ":70000", "::1:443", "[::1]", "", "host:"})
  void addressesPomeriumRejects(String text) {
    assertThat(GoAddress.parse(text).isOk()).isFalse();
  }
}
