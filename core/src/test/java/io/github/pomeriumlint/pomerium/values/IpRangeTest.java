package io.github.pomeriumlint.pomerium.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpRangeTest {
  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.200.3.4, true",
    "10.0.0.0/008, 10.200.3.4, true",
    "10.0.0.0/8, 11.0.0.1, false",
    "192.168.1.7, 192.168.1.7, true",
    "192.168.1.7, 192.168.1.8, false",
    "0.0.0.0/0, 203.0.113.9, true",
    "172.16.0.0/12, 172.31.255.255, true",
    "172.16.0.0/12, 172.32.0.0, false",
    "2001:db8::/32, 2001:db8:1::5, true",
    "2001:db8::/32, 2001:db9::5, false",
    "2001:db8::/32, 10.0.0.1, false",
  })
  void rangesHoldTheirAddressesOnly(String range, String address, boolean inside) {
    assertThat(IpRange.parse(range).value().contains(IpRange.address(address))).isEqualTo(inside);
  }

  @ParameterizedTest
  @CsvSource({"10.0.0.0/33", "10.0.0/8", "010.0.0.1", "example.com", "10.0.0.0/", "10.0.0.0/x8", "::1/129", "1.2.3.4.5"})
  void whatGoRefusesIsRefused(String text) {
    assertThat(IpRange.parse(text).isOk()).isFalse();
    assertThat(IpRange.parse(text).error()).isEqualTo("expected IP or CIDR range, got: \"" + text + "\"");
  }
}
