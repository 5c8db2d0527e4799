package io.github.pomeriumlint.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.PomeriumLint;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import io.github.pomeriumlint.testing.TestPaths;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter stage through the library API: project config, inline comments, baseline. */
class FilterTest {
  @TempDir Path dir;

  /** Discovery stops at a repository root, so nothing above the temporary folder leaks in. */
  @BeforeEach
  void markRepositoryRoot() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
  }

  private Path write(String name, String text) throws Exception {
    return TestPaths.write(dir, name, text);
  }

  private static List<String> rules(LintResult result) {
    return result.diagnostics().stream().map(d -> d.rule() + ":" + d.severity().id() + "@" + d.line()).toList();
  }

  @Test
  void nearestProjectConfigWinsAndExplicitConfigOverridesDiscovery() throws Exception {
    write(".pomerium-lint.yaml", "severity:\n  unknown-key: error\n");
    write("team/.pomerium-lint.yaml", "disable: [unknown-key]\n");
    Path top = write("pomerium.yaml", "idp_provier: azure\n");
    Path nested = write("team/pomerium.yaml", "idp_provier: azure\n");
    LintResult result = PomeriumLint.lint(List.of(top, nested), LintOptions.defaults());
    assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(top.toString(), Severity.ERROR));

    Path explicit = write("other/strict.yaml", "severity: {unknown-key: info}\n");
    LintResult overridden =
        PomeriumLint.lint(List.of(top, nested), LintOptions.builder().projectConfig(explicit).build());
    assertThat(overridden.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.INFO, Severity.INFO);

    LintResult plain = PomeriumLint.lint(nested, LintOptions.builder().discoverProjectConfig(false).build());
    assertThat(rules(plain)).containsExactly("unknown-key:warning@1");
  }

  @Test
  void ignoreGlobsAreRelativeToTheConfigFolderAndSkipTheFile() throws Exception {
    write(".pomerium-lint.yaml", "ignore:\n  - 'legacy/**'\n");
    Path legacy = write("legacy/old/pomerium.yaml", "idp_provier: azure\n");
    Path current = write("pomerium.yaml", "idp_provier: azure\n");
    LintResult result = PomeriumLint.lint(List.of(legacy, current), LintOptions.defaults());
    assertThat(result.files()).isEqualTo(1);
    assertThat(result.diagnostics()).extracting(Diagnostic::file).containsExactly(current.toString());
  }

  @Test
  void projectPomeriumVersionAppliesUnlessTheCallerSetsOne() throws Exception {
    // the directory-sync keys still exist in 0.19 (see testdata/fixtures/options)
    write(".pomerium-lint.yaml", "pomerium-version: '0.19'\n");
    Path config = write("pomerium.yaml", "idp_provider: azure\nidp_refresh_directory_interval: 10m\n");
    assertThat(PomeriumLint.lint(config, LintOptions.defaults()).diagnostics()).isEmpty();
    assertThat(PomeriumLint.lint(config, LintOptions.builder().pomeriumVersion("0.33").build()).diagnostics())
        .extracting(Diagnostic::rule).containsExactly("removed-key");
  }

  @Test
  void aBadProjectConfigIsAnErrorThatNamesItsPosition() throws Exception {
    Path config = write("pomerium.yaml", "address: ':443'\n");
    write(".pomerium-lint.yaml", "disable: [unknown-kee]\n");
    assertThatThrownBy(() -> PomeriumLint.lint(config, LintOptions.defaults()))
        .isInstanceOf(InvalidProjectConfigException.class)
        .hasMessageContaining(".pomerium-lint.yaml:1:11: 'unknown-kee' is not a rule id");
    write(".pomerium-lint.yaml", "severity:\n  unknown-key: fatal\n");
    assertThatThrownBy(() -> PomeriumLint.lint(config, LintOptions.defaults()))
        .hasMessageContaining(":2:16: unknown severity 'fatal'");
    write(".pomerium-lint.yaml", "disabled: [unknown-key]\n");
    assertThatThrownBy(() -> PomeriumLint.lint(config, LintOptions.defaults()))
        .hasMessageContaining(":1:1: unknown key 'disabled'");
    write(".pomerium-lint.yaml", "disable: [unknown-key\n");
    assertThatThrownBy(() -> PomeriumLint.lint(config, LintOptions.defaults()))
        .isInstanceOf(InvalidProjectConfigException.class);
  }

  @Test
  void inlineSuppressionsKeepTheFindingAsideWithItsReasonUnlessTurnedOff() throws Exception {
    Path config = write("pomerium.yaml", "# pomerium-lint: disable=unknown-key -- read by a wrapper\nidp_provier: azure\n");
    LintResult result = PomeriumLint.lint(config, LintOptions.defaults());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.diagnostic().rule()).isEqualTo("unknown-key");
      assertThat(s.inSource()).isTrue();
      assertThat(s.reason()).isEqualTo("read by a wrapper");
    });
    LintResult off = PomeriumLint.lint(config, LintOptions.builder().inlineSuppressions(false).build());
    assertThat(rules(off)).containsExactly("unknown-key:warning@2");
    assertThat(off.suppressed()).isEmpty();
  }

  @Test
  void severityOverridesApplyToTheSuppressionFindingsToo() throws Exception {
    write(".pomerium-lint.yaml", "severity: {suppression-without-reason: error}\n");
    Path config = write("pomerium.yaml", "idp_provier: azure # pomerium-lint: disable=unknown-key\n");
    assertThat(rules(PomeriumLint.lint(config, LintOptions.defaults()))).containsExactly("suppression-without-reason:error@1");
  }

  @Test
  void baselineRoundTripLetsOnlyNewFindingsThrough() throws Exception {
    Path config = write("pomerium.yaml", "idp_provier: azure\naddress: ':443'\n");
    LintResult before = PomeriumLint.lint(config, LintOptions.defaults());
    Path baseline = dir.resolve("baseline.json");
    try (var out = Files.newBufferedWriter(baseline)) {
      Baseline.write(before.diagnostics(), out);
    }
    // an unrelated edit moves the old finding down; a new mistake appears
    write("pomerium.yaml", "# moved\naddress: ':443'\nidp_provier: azure\ncookie_secrte: x\n");
    LintResult after = PomeriumLint.lint(config, LintOptions.builder().baseline(baseline).build());
    assertThat(rules(after)).containsExactly("unknown-key:warning@4");
    assertThat(after.suppressed()).extracting(Suppressed::inSource, Suppressed::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "accepted in the baseline"));
  }

  @Test
  void aBaselineEntryAcceptsOneFindingSoACopyIsNew() throws Exception {
    Diagnostic d = new Diagnostic("unknown-key", Severity.WARNING, "a.yaml", 1, 1, 1, 2, "x", "unknown option 'x'", null);
    StringWriter text = new StringWriter();
    Baseline.write(List.of(d), text);
    Path file = write("b.json", text.toString());
    Baseline baseline = Baseline.read(file);
    assertThat(baseline.accepts(d)).isTrue();
    assertThat(baseline.accepts(d)).isFalse();
  }

  @Test
  void aFileThatIsNotABaselineIsRejected() throws Exception {
    Path config = write("pomerium.yaml", "address: ':443'\n");
    Path notBaseline = write("b.json", "{\"findings\": 3}");
    assertThatThrownBy(() -> PomeriumLint.lint(config, LintOptions.builder().baseline(notBaseline).build()))
        .isInstanceOf(InvalidProjectConfigException.class)
        .hasMessageContaining("not a pomerium-lint baseline");
  }

  @Test
  void directivesAfterASyntaxErrorAreNotReportedAsUnused() throws Exception {
    Path config = write("pomerium.yaml", "# pomerium-lint: disable=unknown-key -- x\na: [\n");
    assertThat(rules(PomeriumLint.lint(config, LintOptions.defaults()))).containsExactly("yaml-syntax:error@3");
  }
}
