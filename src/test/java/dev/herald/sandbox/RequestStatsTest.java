package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.herald.testing.MutableClock;

/** Per-second counting and the rate limit, through the plain-Java sandbox on a clock moved by hand. */
class RequestStatsTest {

    static final long T0 = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00.100Z"));

    Sandbox sandbox(int rateLimit, FaultPlan faults) {
        return new Sandbox(SandboxSettings.defaults().withRateLimit(rateLimit), clock, faults, SendListener.none(),
                () -> "whatsapp-1", 100);
    }

    static String v1() {
        return Json.resource("sandbox/v1-sample.json");
    }

    @Test
    void countsSendRequestsPerWallClockSecondAndByStatus() {
        Sandbox sandbox = sandbox(0, FaultPlan.none());
        sandbox.sendV1("sandbox-key", v1());
        clock.advance(Duration.ofMillis(850));
        sandbox.sendV1("wrong", v1());
        clock.advance(Duration.ofMillis(100)); // 1.050: the next second
        sandbox.sendV1("sandbox-key", "{oops");
        clock.advance(Duration.ofSeconds(2));
        sandbox.sendV2("Bearer nope", "{}");

        assertEquals("{\"total\":4,\"by_status\":{\"200\":1,\"400\":1,\"401\":2},\"per_second\":[" + "{\"second\":" + T0
                + ",\"count\":2},{\"second\":" + (T0 + 1) + ",\"count\":1}," + "{\"second\":" + (T0 + 3)
                + ",\"count\":1}],\"max_per_second\":2}", sandbox.stats(null).toString());
        assertEquals("{\"total\":1,\"by_status\":{\"401\":1},\"per_second\":[{\"second\":" + (T0 + 3)
                + ",\"count\":1}],\"max_per_second\":1}", sandbox.stats(ApiVersion.V2).toString());
    }

    @Test
    void keepsTheLastThreeHundredSecondsAndClears() {
        Sandbox sandbox = sandbox(0, FaultPlan.none());
        sandbox.sendV1("sandbox-key", v1());
        sandbox.sendV1("sandbox-key", v1());
        clock.advance(Duration.ofSeconds(299));
        sandbox.sendV1("sandbox-key", v1());

        assertEquals(2, sandbox.stats(null).get("max_per_second").asInt());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("[{\"second\":" + (T0 + 299) + ",\"count\":1}]", sandbox.stats(null).get("per_second").toString(),
                "the first second is 300 s old now");
        assertEquals(1, sandbox.stats(null).get("max_per_second").asInt());
        assertEquals(3, sandbox.stats(null).get("total").asInt(), "totals are not windowed");

        sandbox.clearStats();
        assertEquals("{\"total\":0,\"by_status\":{},\"per_second\":[],\"max_per_second\":0}",
                sandbox.stats(null).toString());
        assertEquals(3, sandbox.requests().size(), "the request log is its own");
    }

    @Test
    void countsInjectedAnswersAndDropsUnderStatusZero() {
        FaultRules rules = new FaultRules(
                java.util.List.of(FaultRule.parse("drop:next=1"), FaultRule.parse("rate_limited:next=1")));
        Sandbox sandbox = sandbox(0, rules);
        sandbox.sendV1("sandbox-key", v1());
        sandbox.sendV1("sandbox-key", v1());
        sandbox.sendV1("sandbox-key", v1());

        assertEquals("{\"0\":1,\"200\":1,\"429\":1}", sandbox.stats(null).get("by_status").toString());
        assertEquals(java.util.Arrays.asList("drop", "rate_limited", null),
                sandbox.requests().stream().map(ReceivedRequest::fault).toList());
    }

    @Test
    void theRateLimitRefusesRequestsAboveItInTheCurrentSecondPerApi() {
        Sandbox sandbox = sandbox(2, FaultPlan.none());

        assertEquals(200, sandbox.sendV1("sandbox-key", v1()).status());
        assertEquals(200, sandbox.sendV1("sandbox-key", v1()).status());
        SandboxAnswer refused = sandbox.sendV1("sandbox-key", v1());
        assertEquals(new SandboxAnswer(429, Map.of("Retry-After", "1"),
                JsonNodeFactory.instance.objectNode().put("message", "rate limited")), refused);
        assertEquals(401, sandbox.sendV2("Bearer unknown", "{}").status(), "v2 has its own budget; auth comes first");
        clock.advance(Duration.ofMillis(900));
        assertEquals(200, sandbox.sendV1("sandbox-key", v1()).status(), "a new second");
        assertEquals("rate_limit", sandbox.requests().get(2).fault());
    }

    @Test
    void aSlowFaultDelaysTheNormalAnswerAndTheTokenEndpointToo() {
        Sandbox sandbox = sandbox(0, endpoint -> Optional.of(new Injection("slow", Duration.ofMillis(300), null)));

        SandboxAnswer answer = sandbox.sendV1("sandbox-key", v1());
        assertEquals(200, answer.status());
        assertEquals(Duration.ofMillis(300), answer.delay());
        assertEquals(Duration.ofMillis(300), sandbox
                .token(null, "grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret")
                .delay());
        assertEquals("slow", sandbox.requests().get(0).fault());
    }
}
