package io.github.pomeriumlint.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pomeriumlint.azure.AzureCloud;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustPolicyTest {
  private final TrustPolicy none = new TrustPolicy(Set.of());

  @ParameterizedTest
  @ValueSource(strings = {
      "https://login.microsoftonline.com/t/oauth2/v2.0/token",
      "https://login.microsoftonline.us/t/oauth2/v2.0/token",
      "https://login.partner.microsoftonline.cn/t/oauth2/v2.0/token",
      "https://login.chinacloudapi.cn/t/oauth2/v2.0/token"})
  void microsoftIdentityHostsOverHttpsReceiveCredentials(String url) {
    assertThatCode(() -> none.checkIdentityHost(HttpUrl.get(url))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://login.microsoftonline.com/t/oauth2/v2.0/token",
      "https://login.microsoftonline.com:8443/t/oauth2/v2.0/token",
      "https://login.microsoftonline.com.attacker.example/t/token",
      "https://login.windows.net/t/oauth2/v2.0/token",
      "https://graph.microsoft.com/t/oauth2/v2.0/token",
      "https://127.0.0.1/t/oauth2/v2.0/token",
      "http://localhost:8080/t/oauth2/v2.0/token"})
  void everythingElseIsRefusedCredentials(String url) {
    assertThatThrownBy(() -> none.checkIdentityHost(HttpUrl.get(url)))
        .isInstanceOf(OnlineFault.class)
        .hasMessageStartingWith("not contacted: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://graph.microsoft.us/v1.0/users", "https://graph.microsoft.com/v1.0/users", "http://graph.microsoft.com/v1.0/users"})
  void aGlobalTokenGoesOnlyToGlobalGraphOverHttps(String url) {
    HttpUrl u = HttpUrl.get(url);
    if (url.equals("https://graph.microsoft.com/v1.0/users")) {
      assertThatCode(() -> none.checkGraphHost(u, Optional.of(AzureCloud.GLOBAL))).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> none.checkGraphHost(u, Optional.of(AzureCloud.GLOBAL))).isInstanceOf(OnlineFault.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://dod-graph.microsoft.us/v1.0/users", "https://graph.microsoft.us/v1.0/users"})
  void usGovernmentTokensGoToBothOfItsGraphHosts(String url) {
    assertThatCode(() -> none.checkGraphHost(HttpUrl.get(url), Optional.of(AzureCloud.US_GOVERNMENT))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:9000", "localhost:9000", "[::1]:9000"})
  void plainHttpOnlyToATrustedLoopbackHostAndPort(String trusted) {
    TrustPolicy policy = new TrustPolicy(Set.of(trusted));
    String host = trusted.substring(0, trusted.lastIndexOf(':'));
    assertThatCode(() -> policy.checkIdentityHost(HttpUrl.get("http://" + host + ":9000/t/token"))).doesNotThrowAnyException();
    assertThatCode(() -> policy.checkGraphHost(HttpUrl.get("http://" + host + ":9000/v1.0/users"), Optional.empty())).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.checkIdentityHost(HttpUrl.get("http://" + host + ":9001/t/token"))).isInstanceOf(OnlineFault.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"idp.example.com", "10.0.0.5", "idp.example.com:80"})
  void aTrustedHostThatIsNotLoopbackStillNeedsHttps(String trusted) {
    TrustPolicy policy = new TrustPolicy(Set.of(trusted));
    String host = trusted.replace(":80", "");
    assertThatThrownBy(() -> policy.checkIdentityHost(HttpUrl.get("http://" + host + "/t/token"))).isInstanceOf(OnlineFault.class);
    assertThatCode(() -> policy.checkIdentityHost(HttpUrl.get("https://" + host + "/t/token").newBuilder().port(trusted.endsWith(":80") ? 80 : 443).build()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.128", "0", "Fri, 27 Nov 2026 00:00:00 GMT", "bogus"})
  void retryAfterIsBoundedAndNeverNegative(String header) {
    Duration wait = OnlineHttp.retryAfter(header, 0);
    assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(30));
    if (header.equals("2.128")) {
      assertThat(wait).isEqualTo(Duration.ofMillis(2128));
    }
    assertThat(OnlineHttp.retryAfter("86400", 0)).isEqualTo(Duration.ofSeconds(30));
  }
}
