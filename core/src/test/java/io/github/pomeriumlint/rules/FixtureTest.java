package io.github.pomeriumlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.LintResult;
import io.github.pomeriumlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Lints every file under testdata/fixtures and compares the findings with the file's markers. */
class FixtureTest {

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(TestPaths.testdata().resolve("fixtures"))) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureProducesExactlyItsMarkers() throws IOException {
    return fixtures().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    TestPaths.testdata().relativize(file).toString(),
                    () -> {
                      Fixture fixture = Fixture.read(file);
                      LintResult result = fixture.lint();
                      assertThat(Fixture.describe(result, fixture))
                          .as("findings of %s (line rule:severity)", file)
                          .containsExactlyInAnyOrderElementsOf(fixture.expected());
                    }));
  }

  @Test
  void everyOfflineRuleHasAFixtureThatExpectsIt() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (Path file : fixtures()) {
      for (String e : Fixture.read(file).expected()) {
        String rule = e.substring(e.indexOf(' ') + 1);
        expected.add(rule.substring(0, rule.indexOf(':')));
      }
    }
    Set<String> offline =
        RuleRegistry.all().stream()
            .map(Rule::info)
            .filter(i -> !i.online())
            .map(RuleInfo::id)
            .collect(Collectors.toCollection(TreeSet::new));
    offline.removeAll(expected);
    assertThat(offline).as("rules without a fixture that expects them").isEmpty();
  }

  @Test
  void everyFindingOfTheFixturesSaysHowToFixIt() throws IOException {
    List<String> withoutHint = new java.util.ArrayList<>();
    for (Path file : fixtures()) {
      Fixture.read(file).lint().diagnostics().stream()
          .filter(d -> d.hint() == null || d.hint().isBlank())
          .forEach(d -> withoutHint.add(file.getFileName() + ":" + d.line() + " [" + d.rule() + "] " + d.message()));
    }
    assertThat(withoutHint).as("findings without a hint").isEmpty();
  }
}
