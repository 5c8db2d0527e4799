package io.github.pomeriumlint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pomeriumlint.testing.TestPaths;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API as its users call it. */
class PomeriumLintTest {
  private static final String DUPLICATE = "idp_provider: azure\naddress: :443\naddress: :8443\n";

  @TempDir Path dir;

  /** The README's library example, with the path of this repository's clean sample. */
  @Test
  void readmeExample() throws IOException {
    LintResult result = PomeriumLint.lint(TestPaths.testdata().resolve("azure/config.yaml"), LintOptions.defaults());
    assertThat(result.hasFindingsAtLeast(Severity.WARNING)).as("%s", result.diagnostics()).isFalse();
  }

  @Test
  void textAndReaderGiveTheSamePositionedFindingUnderTheGivenName() throws IOException {
    LintResult fromText = PomeriumLint.lint("pomerium.yaml", DUPLICATE, LintOptions.defaults());
    LintResult fromReader = PomeriumLint.lint("pomerium.yaml", new StringReader(DUPLICATE), LintOptions.defaults());

    assertThat(fromText.diagnostics()).isEqualTo(fromReader.diagnostics());
    assertThat(fromText.diagnostics())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.rule()).isEqualTo("duplicate-key");
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.file()).isEqualTo("pomerium.yaml");
          assertThat(d.line()).isEqualTo(3);
          assertThat(d.column()).isEqualTo(1);
        });
    assertThat(fromText.hasFindingsAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void resultIsImmutable() throws IOException {
    LintResult result = PomeriumLint.lint("pomerium.yaml", DUPLICATE, LintOptions.defaults());
    assertThatThrownBy(() -> result.diagnostics().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void filesAreNamedRelativeToTheBaseFolderOrAbsoluteOutsideIt() throws IOException {
    Path inside = Files.createDirectories(dir.resolve("project/config")).resolve("pomerium.yaml");
    Path outside = dir.resolve("elsewhere.yaml");
    Files.writeString(inside, DUPLICATE);
    Files.writeString(outside, DUPLICATE);

    LintResult result = PomeriumLint.lint(dir.resolve("project"), List.of(inside, outside), LintOptions.defaults());

    assertThat(result.diagnostics())
        .extracting(Diagnostic::file)
        .containsExactlyInAnyOrder(Path.of("config", "pomerium.yaml").toString(), outside.toAbsolutePath().toString());
    assertThat(result.sourceLine(Path.of("config", "pomerium.yaml").toString(), 3)).contains("address: :8443");
  }

  @Test
  void environmentOverlayNamesTheVariable() throws IOException {
    LintOptions options = LintOptions.builder().environment(Map.of("IDP_QPS", "1.0")).build();
    LintResult withEnv = PomeriumLint.lint("pomerium.yaml", "idp_provider: azure\n", options);
    LintResult without = PomeriumLint.lint("pomerium.yaml", "idp_provider: azure\n", LintOptions.defaults());

    assertThat(without.diagnostics()).isEmpty();
    assertThat(withEnv.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.file()).isEqualTo("env:IDP_QPS"));
  }

  @Test
  void aMissingFileThrowsAndABadVersionIsRefusedWhenTheOptionsAreBuilt() {
    assertThatThrownBy(() -> PomeriumLint.lint(dir.resolve("missing.yaml"), LintOptions.defaults()))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> LintOptions.builder().pomeriumVersion("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'latest' is not a Pomerium release");
    assertThat(LintOptions.builder().pomeriumVersion("0.30.0").build().pomeriumVersion()).contains("0.30");
  }
}
