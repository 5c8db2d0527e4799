package io.github.pomeriumlint.azure;

import static io.github.pomeriumlint.azure.ProviderUrl.Mistake.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProviderUrlTest {
  private static final String TENANT = "db260707-7802-4dec-98d0-96446b98d6c1";
  private static final String GOOD = "https://login.microsoftonline.com/" + TENANT + "/v2.0";

  @Test
  void theDocumentedFormWorks() {
    ProviderUrl url = ProviderUrl.parse(GOOD);
    assertThat(url.works()).isTrue();
    assertThat(url.tenantId()).contains(TENANT);
    assertThat(url.cloud()).contains(AzureCloud.GLOBAL);
    assertThat(url.graphHost()).contains("graph.microsoft.com");
    assertThat(url.canonical()).contains(GOOD);
  }

  @Test
  void blankIsTheCommonDefault() {
    ProviderUrl url = ProviderUrl.parse("  ");
    assertThat(url.works()).isTrue();
    assertThat(url.multiTenant()).isTrue();
    assertThat(url.canonical()).contains(ProviderUrl.COMMON);
  }

  @ParameterizedTest
  @CsvSource({
    "https://login.microsoftonline.com/" + TENANT + "/v2.0/, TRAILING_SLASH",
    "https://login.microsoftonline.com/" + TENANT + "/v2.0/.well-known/openid-configuration, WELL_KNOWN_SUFFIX",
    "https://login.microsoftonline.com/" + TENANT + ", V1_ENDPOINT",
    "https://login.microsoftonline.com/" + TENANT + "/, TRAILING_SLASH",
    "https://sts.windows.net/" + TENANT + "/, V1_ISSUER",
    "http://login.microsoftonline.com/" + TENANT + "/v2.0, HTTP",
    "https://login.windows.net/" + TENANT + "/v2.0, ALIAS_HOST",
    "https://login.microsoftonline.com/DB260707-7802-4DEC-98D0-96446B98D6C1/v2.0, TENANT_UPPERCASE",
    "https://login.microsoftonline.com/common/v2.0/, TRAILING_SLASH",
    "https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/authorize, OTHER_PATH",
  })
  void namesTheMistakeAndDerivesTheWorkingUrl(String value, ProviderUrl.Mistake mistake) {
    ProviderUrl url = ProviderUrl.parse(value);
    assertThat(url.mistakes()).first().isEqualTo(mistake);
    assertThat(url.canonical()).isPresent();
    assertThat(ProviderUrl.parse(url.canonical().get()).works()).as(url.canonical().get()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0, TENANT_DOMAIN",
    "https://login.microsoftonline.com/organizations/v2.0, TENANT_ORGANIZATIONS",
    "https://login.microsoftonline.com/consumers/v2.0, TENANT_CONSUMERS",
    "https://login.microsoftonline.com/{REPLACE-WITH-TENANT-ID}/v2.0, PLACEHOLDER",
    "https://login.microsoftonline.com/<tenant>/v2.0, PLACEHOLDER",
    "https://login.microsoftonline.com/REPLACEME/v2.0, PLACEHOLDER",
    "https://login.microsoftonline.com/not-a-guid/v2.0, TENANT_INVALID",
    "https://login.microsoftonline.com, NO_TENANT",
    "https://accounts.google.com, NOT_MICROSOFT_HOST",
    "login.microsoftonline.com/x/v2.0, NOT_A_URL",
  })
  void namesTheMistakeWhereNoTenantIdIsKnown(String value, ProviderUrl.Mistake mistake) {
    ProviderUrl url = ProviderUrl.parse(value);
    assertThat(url.mistakes()).first().isEqualTo(mistake);
    assertThat(url.canonical()).isEmpty();
  }

  @Test
  void onlyTheExactCommonStringWorks() {
    assertThat(ProviderUrl.parse(ProviderUrl.COMMON).works()).isTrue();
    assertThat(ProviderUrl.parse("https://login.microsoftonline.com/Common/v2.0").mistakes()).containsExactly(TENANT_COMMON_VARIANT);
    assertThat(ProviderUrl.parse("https://login.microsoftonline.com/Common/v2.0").canonical()).contains(ProviderUrl.COMMON);
  }

  @Test
  void nationalCloudsHaveTheirOwnAuthorityAndGraphHosts() {
    ProviderUrl us = ProviderUrl.parse("https://login.microsoftonline.us/" + TENANT + "/v2.0");
    assertThat(us.works()).isTrue();
    assertThat(us.graphHost()).contains("graph.microsoft.us");
    ProviderUrl china = ProviderUrl.parse("https://login.chinacloudapi.cn/" + TENANT + "/v2.0");
    assertThat(china.mistakes()).containsExactly(ALIAS_HOST);
    assertThat(china.canonical()).contains("https://login.partner.microsoftonline.cn/" + TENANT + "/v2.0");
    assertThat(china.graphHost()).contains("microsoftgraph.chinacloudapi.cn");
  }

  @Test
  void credentialsGoOnlyToIdentityHosts() {
    assertThat(AzureCloud.isIdentityHost("LOGIN.microsoftonline.com")).isTrue();
    assertThat(AzureCloud.isIdentityHost("login.windows.net")).isFalse();
    assertThat(AzureCloud.isIdentityHost("login.microsoftonline.com.evil.example")).isFalse();
  }
}
