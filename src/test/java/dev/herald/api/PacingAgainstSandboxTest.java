package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Pacing measured by the provider side: 10x the configured rate of events, one message per request, and the sandbox's
 * own per-second counter never sees a second above the limit; callers that cannot be served within the deadline get 503
 * with Retry-After, nothing else.
 */
@QuarkusTest
@TestProfile(PacingAgainstSandboxTest.TwentyPerSecond.class)
class PacingAgainstSandboxTest {

    static final int LIMIT = 20;

    public static class TwentyPerSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.delivery.rate-limit", String.valueOf(LIMIT), "herald.delivery.batch.max-messages",
                    "1", "herald.delivery.deadline", "3s");
        }
    }

    @Test
    void tenTimesTheLimitNeverExceedsItInAnySecondOfTheSandbox() throws Exception {
        given().when().delete("/sandbox/admin/stats").then().statusCode(204);
        int offeredPerSecond = LIMIT * 10;
        int events = offeredPerSecond * 2;
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<Integer>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(i * 1000L / offeredPerSecond);
            answers.add(pool.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(EventsApiTest.REGISTERED).when().post("/events/customer.registered").then().extract()
                        .statusCode();
            }));
        }
        int accepted = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get(60, TimeUnit.SECONDS);
            assertTrue(status == 200 || status == 503, "unexpected status " + status);
            accepted += status == 200 ? 1 : 0;
        }
        pool.shutdown();

        JsonPath stats = given().when().get("/sandbox/admin/stats").then().statusCode(200).extract().jsonPath();
        int maxPerSecond = stats.getInt("max_per_second");
        System.out.printf(
                "pacing: offered %d events/s for 2 s at limit %d/s: %d accepted, sandbox per second %s, max %d%n",
                offeredPerSecond, LIMIT, accepted, stats.getList("per_second.count"), maxPerSecond);
        assertTrue(maxPerSecond <= LIMIT, "a second above the limit: " + stats.getList("per_second"));
        assertEquals(accepted, stats.getInt("by_status.'200'"), "every accepted event is one accepted request");
        assertTrue(accepted >= LIMIT * 2, "throughput near the limit, got " + accepted);
    }
}
