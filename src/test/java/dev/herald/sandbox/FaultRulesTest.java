package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FaultRulesTest {

    static String outcome(FaultRules rules, SandboxEndpoint endpoint) {
        return rules.intercept(endpoint).map(Injection::fault).orElse("normal");
    }

    @Test
    void aCountRuleAppliesToExactlyTheNextNRequestsThenGoes() {
        FaultRules rules = new FaultRules(List.of(FaultRule.parse("unavailable:next=2")));

        assertEquals("unavailable", outcome(rules, SandboxEndpoint.V1_SEND));
        assertEquals(
                "[{\"id\":1,\"fault\":\"unavailable\",\"next\":2,\"api\":\"any\",\"endpoints\":\"send\","
                        + "\"retry_after_seconds\":0,\"delay_ms\":0,\"remaining\":1,\"applied\":1}]",
                rules.toJson().toString());
        assertEquals("unavailable", outcome(rules, SandboxEndpoint.V2_SEND));
        assertEquals("normal", outcome(rules, SandboxEndpoint.V1_SEND));
        assertEquals("[]", rules.toJson().toString());
    }

    @Test
    void theFirstMatchingRuleWithBudgetAppliesAndOthersWait() {
        FaultRules rules = new FaultRules(List.of(FaultRule.parse("ip_restricted:next=1:api=v2"),
                FaultRule.parse("rate_limited:next=1"), FaultRule.parse("drop:next=1")));

        assertEquals("rate_limited", outcome(rules, SandboxEndpoint.V1_SEND), "the v2 rule is skipped for v1");
        assertEquals("ip_restricted", outcome(rules, SandboxEndpoint.V2_SEND));
        assertEquals("drop", outcome(rules, SandboxEndpoint.V2_SEND));
        assertEquals("normal", outcome(rules, SandboxEndpoint.V2_SEND));
    }

    @Test
    void theTokenEndpointIsLeftAloneUnlessARuleAsksForIt() {
        FaultRules rules = new FaultRules(List.of(FaultRule.parse("unavailable:share=1")));
        assertEquals("normal", outcome(rules, SandboxEndpoint.TOKEN));

        FaultRules token = new FaultRules(List.of(FaultRule.parse("unavailable:next=1:endpoints=token")));
        assertEquals("normal", outcome(token, SandboxEndpoint.V2_SEND));
        assertEquals("unavailable", outcome(token, SandboxEndpoint.TOKEN));

        FaultRules all = new FaultRules(List.of(FaultRule.parse("unavailable:share=1:endpoints=all:api=v1")));
        assertEquals("unavailable", outcome(all, SandboxEndpoint.V1_SEND));
        assertEquals("normal", outcome(all, SandboxEndpoint.TOKEN), "the token endpoint belongs to v2");
    }

    @Test
    void aSeededShareDrawsTheSameSequenceAsItsSeed() {
        FaultRules rules = new FaultRules(List.of(FaultRule.parse("provider_failure:share=0.3:seed=42")));
        Random same = new Random(42);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            expected.add(same.nextDouble() < 0.3 ? "provider_failure" : "normal");
            actual.add(outcome(rules, SandboxEndpoint.V2_SEND));
        }

        assertEquals(expected, actual);
        long hits = actual.stream().filter("provider_failure"::equals).count();
        assertTrue(hits > 40 && hits < 80, "about 30 % of 200, was " + hits);
    }

    @Test
    void aShareRuleThatDoesNotDrawLetsTheNextRuleTry() {
        FaultRules rules = new FaultRules(
                List.of(FaultRule.parse("unavailable:share=0.5:seed=1"), FaultRule.parse("rate_limited:share=1")));
        Random same = new Random(1);

        for (int i = 0; i < 20; i++) {
            assertEquals(same.nextDouble() < 0.5 ? "unavailable" : "rate_limited",
                    outcome(rules, SandboxEndpoint.V1_SEND));
        }
    }

    @Test
    void injectsTheProvidersAnswersWithTheirDelays() {
        FaultRules rules = new FaultRules(List.of(FaultRule.parse("rate_limited:next=1:retry_after_seconds=7"),
                FaultRule.parse("slow:next=1:delay_ms=300"), FaultRule.parse("drop:next=1:delay_ms=50")));

        SandboxAnswer limited = rules.intercept(SandboxEndpoint.V1_SEND).orElseThrow().answer();
        assertEquals(429, limited.status());
        assertEquals("7", limited.headers().get("Retry-After"));
        assertEquals("{\"message\":\"rate limited\"}", limited.body().toString());

        Injection slow = rules.intercept(SandboxEndpoint.V1_SEND).orElseThrow();
        assertEquals(new Injection("slow", Duration.ofMillis(300), null), slow);

        SandboxAnswer dropped = rules.intercept(SandboxEndpoint.V1_SEND).orElseThrow().answer();
        assertTrue(dropped.dropped());
        assertEquals(Duration.ofMillis(50), dropped.delay());
        assertEquals(Optional.empty(), rules.intercept(SandboxEndpoint.V1_SEND));
    }

    @Test
    void clearingRemovesEveryRuleButIdsKeepCounting() {
        FaultRules rules = new FaultRules(List.of(FaultRule.parse("drop:next=1")));
        rules.clear();

        assertEquals("normal", outcome(rules, SandboxEndpoint.V1_SEND));
        assertEquals(2, rules.add(FaultRule.parse("drop:next=1")).get("id").asInt());
    }

    @Test
    void configuredRulesAreReadInOrderOrRefusedNamingEveryProblem() {
        assertEquals(List.of(), SandboxProducer.configuredRules(List.of("none")));
        assertEquals(List.of(FaultRule.parse("drop:next=1"), FaultRule.parse("slow:share=1")),
                SandboxProducer.configuredRules(List.of("drop:next=1", "slow:share=1")));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SandboxProducer.configuredRules(List.of("drop:next=1", "drop", "nap:share=1")));
        assertEquals(String.join(System.lineSeparator(), "Invalid sandbox fault rules (2):",
                "1. herald.sandbox.faults[1] \"drop\": give exactly one of next (the next N requests) or share "
                        + "(a share of requests, 0 < share <= 1)",
                "2. herald.sandbox.faults[2] \"nap:share=1\": fault: unknown fault \"nap\" (one of rate_limited, "
                        + "unavailable, provider_failure, unauthorized, ip_restricted, slow, drop)"),
                refused.getMessage());
    }
}
