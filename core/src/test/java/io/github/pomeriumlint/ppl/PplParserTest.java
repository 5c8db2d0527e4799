package io.github.pomeriumlint.ppl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PplParserTest {

  private static MapNode route(String yaml) {
    return Document.parse(SourceFile.of("t.yaml", yaml)).root().orElseThrow().asMap();
  }

  private static Node policy(String yaml) {
    return route(yaml).get("policy").orElseThrow();
  }

  @Test
  void readsRulesConditionsAndCriteriaWithTheirPaths() {
    PplParser.Result r =
        PplParser.parse(
            policy(
                """
                policy:
                  - deny:
                      or:
                        - http_method: {is: DELETE}
                    allow:
                      and:
                        - claim/groups: admins
                        - email: {is: a@example.com}
                """));

    assertThat(r.ok()).isTrue();
    assertThat(r.policy().rules()).extracting(PolicyRule::action).containsExactly(Action.ALLOW, Action.DENY);
    PolicyRule allow = r.policy().rules().get(0);
    assertThat(allow.conditions()).singleElement().extracting(Condition::operator).isEqualTo(Operator.AND);
    Criterion claim = allow.conditions().get(0).criteria().get(0);
    assertThat(claim.name()).isEqualTo("claim");
    assertThat(claim.subPath()).contains("groups");
    assertThat(claim.value().asScalar().text()).isEqualTo("admins");
    Criterion email = allow.conditions().get(0).criteria().get(1);
    assertThat(email.keyNode().span().line()).isEqualTo(8);
    assertThat(email.value().path()).isEqualTo("policy[0].allow.and[1].email");
    assertThat(r.policy().criteria().map(l -> l.criterion().key())).containsExactly("claim/groups", "email", "http_method");
  }

  @Test
  void reportsEveryProblemWithPomeriumsMessageAndKeepsTheRest() {
    PplParser.Result r =
        PplParser.parse(
            policy(
                """
                policy:
                  - permit: {or: []}
                  - allow: [x]
                  - deny:
                      any: []
                      or: {email: x}
                  - allow:
                      or:
                        - just-a-string
                        - {email: a, domain: b}
                        - {}
                        - accept: true
                  - 42
                """));

    assertThat(r.problems())
        .extracting(PplProblem::message)
        .containsExactly(
            "invalid rules in policy: invalid action in rule: unsupported action: permit",
            "invalid rules in policy: invalid value for action in rule, expected Object, got parser.Array",
            "invalid rules in policy: unsupported conditional \"any\", only and, or, not, nor and action are allowed",
            "invalid rules in policy: invalid criteria in \"or\"): unsupported type for criteria: parser.Object",
            "invalid rules in policy: invalid criteria in \"or\"): unsupported type for criteria array: parser.String",
            "invalid rules in policy: invalid criteria in \"or\"): each criteria may only contain a single key and value",
            "invalid rules in policy: invalid criteria in \"or\"): each criteria may only contain a single key and value",
            "invalid rules in policy: unsupported type for rules array: parser.Number");
    assertThat(r.problems()).extracting(p -> p.node().path())
        .containsExactly(
            "policy[0].permit", "policy[1].allow", "policy[2].deny.any", "policy[2].deny.or",
            "policy[3].allow.or[0]", "policy[3].allow.or[1]", "policy[3].allow.or[2]", "policy[4]");
    assertThat(r.policy().criteria().map(l -> l.criterion().key())).containsExactly("accept");
  }

  @Test
  void aScalarPolicyIsRefusedAndNullIsNoPolicy() {
    assertThat(PplParser.parse(policy("policy: allow")).problems())
        .extracting(PplProblem::message)
        .containsExactly("invalid rules in policy: unsupported type for rule: parser.String");
    PplParser.Result empty = PplParser.parse(policy("policy:"));
    assertThat(empty.ok()).isTrue();
    assertThat(empty.policy().rules()).isEmpty();
  }

  @Test
  void effectivePolicyOrsLegacyFieldsBeforeThePpl() {
    Policy p =
        RoutePolicy.effective(
            route(
                """
                from: https://a.example.com
                allowed_users: [bob@example.com]
                allowed_domains: [example.com]
                allowed_idp_claims: {groups: [g1, g2]}
                allow_any_authenticated_user: false
                cors_allow_preflight: true
                sub_policies:
                  - allowed_domains: [other.example]
                policy:
                  deny: {or: [{email: {is: eve@example.com}}]}
                """));

    assertThat(p.rules()).extracting(PolicyRule::action).containsExactly(Action.ALLOW, Action.DENY);
    assertThat(p.rules().get(0).conditions()).singleElement().extracting(Condition::operator).isEqualTo(Operator.OR);
    assertThat(p.rules(Action.ALLOW).flatMap(r -> r.conditions().get(0).criteria().stream()).map(c -> c.key() + "=" + c.value().asScalar().text()))
        .containsExactly(
            "cors_preflight=true", "domain=example.com", "domain=other.example", "claim/groups=g1", "claim/groups=g2",
            "user=bob@example.com", "email=bob@example.com");
    assertThat(p.rules().get(0).conditions().get(0).criteria()).allMatch(Criterion::legacy);
    assertThat(p.rules().get(1).conditions().get(0).criteria()).noneMatch(Criterion::legacy);
    assertThat(p.criteria().filter(l -> l.criterion().name().equals("domain")).findFirst().map(l -> l.criterion().value().path()))
        .isEqualTo(Optional.of("allowed_domains[0]"));
  }

  @Test
  void aRouteWithoutAccessFieldsHasNoRules() {
    assertThat(RoutePolicy.effective(route("from: https://a.example.com\nto: http://b")).rules()).isEmpty();
  }
}
