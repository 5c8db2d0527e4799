package io.github.pomeriumlint.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input built to hurt a parser: each case must give a positioned error finding (so exit 1), never
 * an exception, a hang or an exhausted heap. The surefire heap limit bounds memory; the timeouts
 * only guard against hangs (they are no performance measurement).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static LintResult lint(String name, byte[] bytes) throws Exception {
    return PomeriumLint.lint(name, bytes, LintOptions.defaults());
  }

  private static LintResult lint(String name, String text) throws Exception {
    return lint(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Diagnostic onlyError(LintResult result, String rule) {
    List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertThat(errors).extracting(Diagnostic::rule).contains(rule);
    return errors.stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void exponentialAliasBombIsStoppedAtTheKeyWhoseValueExplodes() throws Exception {
    // 90 aliases (under the alias limit), but a9 alone would expand to 10^10 values
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Diagnostic d = onlyError(lint("bomb.yaml", yaml.toString()), "yaml-syntax");
    assertThat(d.message()).contains("the value of 'a5' expands through aliases");
    assertThat(d.line()).isEqualTo(6);
  }

  @Test
  void manyAliasesAreRefusedAtTheOneBeyondTheLimit() throws Exception {
    StringBuilder yaml = new StringBuilder("base: &b {k: v}\nlist:\n");
    for (int i = 0; i < 150; i++) {
      yaml.append("  - *b\n");
    }
    Diagnostic d = onlyError(lint("aliases.yaml", yaml.toString()), "yaml-syntax");
    assertThat(d.line()).as("the 101st alias").isEqualTo(103);
    assertThat(d.column()).isEqualTo(5);
  }

  @Test
  void deepNestingIsRefusedAtTheLevelThatCrossesTheLimit() throws Exception {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    Diagnostic d = onlyError(lint("deep.yaml", yaml.toString()), "yaml-syntax");
    assertThat(d.message()).contains("nested more than 100 levels");
    assertThat(d.line()).as("the mapping at depth 101").isEqualTo(102);
  }

  @Test
  void extremeFlowNestingDoesNotOverflowTheStack() throws Exception {
    String yaml = "[".repeat(100_000) + "]".repeat(100_000);
    Diagnostic d = onlyError(lint("flow.yaml", yaml), "yaml-syntax");
    assertThat(d.line()).isEqualTo(1);
  }

  @Test
  void deepJsonIsRefused() throws Exception {
    String json = "[".repeat(200) + "]".repeat(200);
    Diagnostic d = onlyError(lint("deep.json", json), "yaml-syntax");
    assertThat(d.column()).isGreaterThan(100);
  }

  @Test
  void fiftyMegabyteFileIsRefusedWithoutParsing() throws Exception {
    String line = "# " + "x".repeat(97) + "\n";
    byte[] bytes = line.repeat(500_000).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isEqualTo(50_000_000);
    Diagnostic d = onlyError(lint("huge.yaml", bytes), "yaml-syntax");
    assertThat(d.message()).contains("larger than 16 Mi characters");
    int limit = 16 * 1024 * 1024;
    assertThat(d.line()).isEqualTo(limit / 100 + 1);
    assertThat(d.column()).isEqualTo(limit % 100 + 1);
  }

  @Test
  void binaryIsRefused() throws Exception {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    Diagnostic d = onlyError(lint("random.bin.yaml", bytes), "yaml-syntax");
    assertThat(d.line()).isPositive();
  }

  @Test
  void printableControlCharactersAreRefusedWithTheirPosition() throws Exception {
    Diagnostic d = onlyError(lint("ctl.yaml", "address: ':443'\nname: a\u0001b\n"), "yaml-syntax");
    assertThat(d.line()).isEqualTo(2);
  }

  @Test
  void invalidUtf8IsReportedAtTheBadByte() throws Exception {
    byte[] head = "address: ':443'\nlog_level: info\ncookie_name: ab".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[head.length + 1] = (byte) 0x28;
    bytes[head.length + 2] = '\n';
    Diagnostic d = onlyError(lint("latin1.yaml", bytes), "yaml-syntax");
    assertThat(d.message()).contains("not UTF-8");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo("cookie_name: ab".length() + 1);
  }

  @Test
  void hugeScalarIsNeitherFatalNorEchoed() throws Exception {
    String value = "Z".repeat(5_000_000);
    LintResult result = lint("big.yaml", "not_an_option: " + value + "\n");
    assertThat(result.diagnostics()).extracting(Diagnostic::rule).contains("unknown-key");
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.message().length()).isLessThan(500));
  }

  @Test
  void thousandsOfDuplicateKeysAreEachReported() throws Exception {
    String yaml = "log_level: info\n".repeat(5000);
    LintResult result = lint("dups.yaml", yaml);
    long duplicates = result.diagnostics().stream().filter(d -> d.rule().equals("duplicate-key")).count();
    assertThat(duplicates).isEqualTo(4999);
    assertThat(result.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void jsonSyntaxErrorAtTheLastByteIsPositionedThere() throws Exception {
    String json = "{\n  \"address\": \":443\",\n  \"log_level\": \"info\"\n";
    Diagnostic d = onlyError(lint("cut.json", json), "yaml-syntax");
    assertThat(d.line()).isEqualTo(4);
  }
}
