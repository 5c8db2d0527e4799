package io.github.pomeriumlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.Diagnostic;
import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.api.Suppressed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubRendererTest {
  @TempDir Path dir;

  private String render(LintResult result) throws Exception {
    StringBuilder out = new StringBuilder();
    new GithubRenderer(dir).render(result, out);
    return out.toString();
  }

  @Test
  void writesOneWorkflowCommandPerFindingWithItsRange() throws Exception {
    String file = dir.resolve("conf/pomerium.yaml").toString();
    Diagnostic error = new Diagnostic("removed-key", Severity.ERROR, file, 3, 1, 3, 9, "tracing", "key 'tracing' was removed", "use otel");
    Diagnostic info = new Diagnostic("x-info", Severity.INFO, file, 5, 2, 6, 4, "", "100% sure, a: b", null);
    String out = render(new LintResult(List.of(error, info), 1, Map.of(), List.of()));
    assertThat(out.lines().toList())
        .containsExactly(
            "::error file=conf/pomerium.yaml,line=3,col=1,endLine=3,endColumn=9,title=pomerium-lint [removed-key]::key 'tracing' was removed%0Ahint: use otel",
            "::notice file=conf/pomerium.yaml,line=5,col=2,endLine=6,endColumn=4,title=pomerium-lint [x-info]::100%25 sure, a: b",
            "1 error, 0 warnings, 1 info in 1 file");
  }

  @Test
  void escapesPropertiesAndNamesEnvironmentVariablesInTheMessage() throws Exception {
    Diagnostic env = new Diagnostic("env-value", Severity.WARNING, "env:ROUTES", 1, 1, 1, 4, "", "ROUTES is not\nbase64", null);
    String out = render(new LintResult(List.of(env), 1, Map.of(), List.of()));
    assertThat(out).startsWith("::warning title=pomerium-lint [env-value]::env:ROUTES: ROUTES is not%0Abase64\n");
    assertThat(GithubRenderer.property("a,b:c%")).isEqualTo("a%2Cb%3Ac%25");
  }

  @Test
  void saysFirstWhenGitHubWillDropAnnotations() throws Exception {
    List<Diagnostic> errors = new java.util.ArrayList<>();
    for (int line = 1; line <= GithubRenderer.ANNOTATIONS_PER_KIND + 1; line++) {
      errors.add(new Diagnostic("duplicate-key", Severity.ERROR, "a.yaml", line, 1, line, 2, "", "m", null));
    }
    String many = render(new LintResult(errors, 1, Map.of(), List.of()));
    String few = render(new LintResult(errors.subList(0, GithubRenderer.ANNOTATIONS_PER_KIND), 1, Map.of(), List.of()));

    assertThat(many.lines().findFirst().orElseThrow()).isEqualTo(
        "::notice title=pomerium-lint::GitHub shows 10 annotations of each kind per step, and this step has"
            + " 11 errors, 0 warnings, 0 info in 1 file: the step's log lists every finding");
    assertThat(many.lines().filter(l -> l.startsWith("::error ")).count()).isEqualTo(11);
    assertThat(few).doesNotContain("::notice");
  }

  @Test
  void leavesSuppressedFindingsOut() throws Exception {
    Diagnostic d = new Diagnostic("unknown-key", Severity.WARNING, "a.yaml", 1, 1, 1, 2, "", "m", null);
    String out = render(new LintResult(List.of(), 1, Map.of(), List.of(), List.of(new Suppressed(d, true, "why"))));
    assertThat(out).doesNotContain("::");
  }
}
