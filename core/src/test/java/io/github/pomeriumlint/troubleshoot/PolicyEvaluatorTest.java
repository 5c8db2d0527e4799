package io.github.pomeriumlint.troubleshoot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.api.LintOptions;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
  private static final User ANN = User.of("ann@example.com", "u-1", Map.of("groups", List.of("ops", "web")));

  /** The verdict for {@code user} on a route to https://a.example.com/p with this policy. */
  private static Verdict verdict(String policy, User user) throws Exception {
    return verdict(policy, user, PomeriumVersion.NEWEST);
  }

  private static Verdict verdict(String policy, User user, PomeriumVersion version) throws Exception {
    String yaml = "routes:\n  - from: https://a.example.com\n    to: http://a\n    policy:\n" + policy.indent(6);
    var config = Troubleshooter.load(SourceFile.of("c.yaml", yaml), LintOptions.defaults());
    return Troubleshooter.decide(config, Target.parse("https://a.example.com/p").orElseThrow(), user, version);
  }

  private static List<String> outcomes(Verdict v) {
    return v.evaluation().orElseThrow().criteria().stream().map(c -> c.criterion().key() + "=" + c.outcome().id()).toList();
  }

  @Test
  void stringOperatorsCompareExactly() throws Exception {
    Verdict v = verdict("""
        allow:
          and:
            - email: {ends_with: "@example.com"}
            - email: {starts_with: ann}
            - email: {contains: "@"}
            - email: {in: [bob@example.com, ann@example.com]}
            - email: {not_in: [ANN@example.com]}
            - email: {not: bob@example.com}
        """, ANN);
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.reasons()).containsExactly("email-ok");
  }

  @Test
  void listOperatorsHasIsAndExclude() throws Exception {
    assertThat(verdict("allow: {and: [{claim/groups: {has: ops}}, {claim/groups: {exclude: admins}}]}", ANN).decision()).isEqualTo(Decision.ALLOW);
    Verdict is = verdict("allow: {or: [{claim/groups: {is: ops}}]}", ANN);
    assertThat(is.decision()).as("is needs exactly one value").isEqualTo(Decision.DENY);
    assertThat(is.reasons()).containsExactly("claim-unauthorized");
  }

  @Test
  void norNeedsOneCriterionToFailAndNotNeedsAllToFail() throws Exception {
    assertThat(verdict("allow: {nor: [{domain: example.com}, {domain: other.com}]}", ANN).decision()).isEqualTo(Decision.ALLOW);
    assertThat(verdict("allow: {not: [{domain: example.com}, {domain: other.com}]}", ANN).decision()).isEqualTo(Decision.DENY);
  }

  @Test
  void everyConditionOfARuleMustHold() throws Exception {
    Verdict v = verdict("allow: {or: [{email: ann@example.com}], and: [{claim/groups: admins}]}", ANN);
    assertThat(v.decision()).isEqualTo(Decision.DENY);
    assertThat(v.reasons()).containsExactly("claim-unauthorized");
  }

  @Test
  void denyWinsAndLegacyFieldsAreOredWithThePolicy() throws Exception {
    String yaml = """
        routes:
          - from: https://a.example.com
            to: http://a
            allowed_domains: [example.com]
            policy:
              deny: {or: [{claim/groups: web}]}
        """;
    var config = Troubleshooter.load(SourceFile.of("c.yaml", yaml), LintOptions.defaults());
    Verdict v = Troubleshooter.decide(config, Target.parse("https://a.example.com/").orElseThrow(), ANN, PomeriumVersion.NEWEST);
    assertThat(v.decision()).isEqualTo(Decision.DENY);
    assertThat(outcomes(v)).containsExactly("domain=matched", "claim/groups=matched");
    assertThat(v.fix().orElseThrow()).startsWith("narrow or remove the deny rule's 'claim/groups web' at c.yaml:6:");
  }

  @Test
  void unknownCriteriaAndOperatorsCannotMatch() throws Exception {
    Verdict v = verdict("allow: {or: [{emial: ann@example.com}, {email: {equals: ann@example.com}}, {claim/groups: {have: ops}}]}", ANN);
    assertThat(v.decision()).isEqualTo(Decision.DENY);
    assertThat(outcomes(v)).containsExactly("emial=cannot-match", "email=cannot-match", "claim/groups=cannot-match");
  }

  @Test
  void aRouteWithoutAllowRulesRefusesEveryone() throws Exception {
    Verdict v = verdict("deny: {or: [{email: bob@example.com}]}", ANN);
    assertThat(v.decision()).isEqualTo(Decision.DENY);
    assertThat(v.evaluation().orElseThrow().hasAllowRule()).isFalse();
    assertThat(v.fix().orElseThrow()).contains("it has none, so everyone is refused");
  }

  @Test
  void aPolicyPomeriumRefusesIsNoted() throws Exception {
    Verdict v = verdict("permit: {or: [{email: ann@example.com}]}", ANN);
    assertThat(v.notes()).singleElement().asString().contains("invalid action in rule: unsupported action: permit");
  }

  @Test
  void theGroupsCriterionFollowsItsReleaseHistory() throws Exception {
    User withDirectoryGroups = new User(ANN.email(), ANN.userId(), Map.of(), java.util.Optional.of(List.of("g-1")), java.util.Optional.empty());
    String policy = "allow: {or: [{groups: {has: g-1}}]}";

    assertThat(verdict(policy, withDirectoryGroups, PomeriumVersion.of("0.19")).reasons()).containsExactly("groups-ok");
    Verdict gone = verdict(policy, withDirectoryGroups, PomeriumVersion.of("0.22"));
    assertThat(gone.evaluation().orElseThrow().criteria().get(0).why()).startsWith("Pomerium 0.22 does not know the criterion 'groups'");
    Verdict enterprise = verdict(policy, withDirectoryGroups, PomeriumVersion.of("0.30"));
    assertThat(outcomes(enterprise)).containsExactly("groups=cannot-match");
    assertThat(enterprise.evaluation().orElseThrow().criteria().get(0).why()).contains("only Pomerium Enterprise syncs");
  }
}
