package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaultRuleTest {

    @Test
    void readsTheTextFormWithDefaults() {
        FaultRule rule = FaultRule.parse("rate_limited:next=3");

        assertEquals(FaultKind.RATE_LIMITED, rule.kind());
        assertEquals(3, rule.next());
        assertEquals(1, rule.retryAfterSeconds(), "429 says Retry-After: 1 unless told otherwise");
        assertNull(rule.api());
        assertEquals(FaultRule.Endpoints.SEND, rule.endpoints());
        assertEquals(Duration.ZERO, rule.delay());
    }

    @Test
    void readsEveryKeyOfTheTextForm() {
        FaultRule rule = FaultRule.parse(" unavailable : share=0.3 : seed=42 : api=v1 : endpoints=all "
                + ": retry_after_seconds=5 : delay_ms=250 ");

        assertEquals(new FaultRule(FaultKind.UNAVAILABLE, ApiVersion.V1, FaultRule.Endpoints.ALL, 0, 0.3, 42L, 5,
                Duration.ofMillis(250)), rule);
    }

    @Test
    void slowWaitsTwoSecondsUnlessTold() {
        assertEquals(Duration.ofSeconds(2), FaultRule.parse("slow:next=1").delay());
        assertEquals(Duration.ofMillis(300), FaultRule.parse("slow:next=1:delay_ms=300").delay());
    }

    @Test
    void theJsonFormReadsLikeTheTextForm() {
        assertEquals(FaultRule.parse("drop:next=2:api=v2:endpoints=token"),
                FaultRule.fromJson(Json.obj("{'fault':'drop','next':2,'api':'v2','endpoints':'token'}")));
    }

    @Test
    void printsAsTheTextFormItIsReadFrom() {
        FaultRule rule = FaultRule.parse("unavailable:share=0.5:seed=7:api=v1:retry_after_seconds=3");

        assertEquals("unavailable:share=0.5:seed=7:api=v1:endpoints=send:retry_after_seconds=3:delay_ms=0",
                rule.toString());
        assertEquals(rule, FaultRule.parse(rule.toString()));
    }

    @Test
    void namesEveryProblemAtOnce() {
        InvalidFaultRule invalid = assertThrows(InvalidFaultRule.class,
                () -> FaultRule.parse("ip_restricted:next=1.5:share=2:retry_after_seconds=3:endpoints=some:oops"));

        assertEquals(List.of("\"oops\": expected key=value",
                "give exactly one of next (the next N requests) or share (a share of requests, 0 < share <= 1)",
                "next: must be an integer from 1 to 2147483647, was 1.5",
                "share: must be a number greater than 0 and at most 1, was 2",
                "endpoints: must be send, token or all, was \"some\"",
                "retry_after_seconds: only rate_limited and unavailable send Retry-After"), invalid.problems());
    }

    @Test
    void refusesUnknownFaultsKeysAndMisplacedSeeds() {
        assertEquals(
                List.of("fault: unknown fault \"timeout\" (one of rate_limited, unavailable, provider_failure, "
                        + "unauthorized, ip_restricted, slow, drop)"),
                assertThrows(InvalidFaultRule.class, () -> FaultRule.parse("timeout:next=1")).problems());
        assertEquals(
                List.of("delay: unknown key (allowed: fault, next, share, seed, api, endpoints, "
                        + "retry_after_seconds, delay_ms)"),
                assertThrows(InvalidFaultRule.class, () -> FaultRule.parse("slow:next=1:delay=5")).problems());
        assertEquals(List.of("seed: only a share rule draws at random"),
                assertThrows(InvalidFaultRule.class, () -> FaultRule.parse("drop:next=1:seed=3")).problems());
        assertEquals(List.of("next: given twice"),
                assertThrows(InvalidFaultRule.class, () -> FaultRule.parse("drop:next=1:next=2")).problems());
        assertEquals(
                List.of("fault: required, one of rate_limited, unavailable, provider_failure, unauthorized, "
                        + "ip_restricted, slow, drop"),
                assertThrows(InvalidFaultRule.class, () -> FaultRule.fromJson(Json.obj("{'next':1}"))).problems());
        assertEquals(List.of("delay_ms: must be an integer from 1 to 600000, was 0"),
                assertThrows(InvalidFaultRule.class, () -> FaultRule.parse("slow:next=1:delay_ms=0")).problems());
        assertTrue(
                assertThrows(InvalidFaultRule.class, () -> FaultRule.fromJson(Json.obj("{'fault':'drop','next':'2'}")))
                        .problems().contains("next: must be an integer from 1 to 2147483647, was \"2\""),
                "JSON numbers must be numbers");
    }
}
