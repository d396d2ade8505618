package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Pacing measured by the provider side: 10x the configured rate of events, one message per request; the sandbox's own
 * per-second counter should never see a second above the limit, and callers that cannot be served within the deadline
 * get 503 with Retry-After, nothing else. About 400 events are in flight at once, on the same process and CPU as the
 * sandbox, so requests can spend long between Herald's pacer and the sandbox: the pacer's guarantee must hold at the
 * provider's end, not only at Herald's.
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
        for (int i = 0; i < 3; i++) { // warm up: the upstream client and its first connection
            given().contentType("application/json").body(EventsApiTest.REGISTERED).post("/events/customer.registered")
                    .then().statusCode(200);
        }
        Thread.sleep(1_100); // the warm-up's places in the pacer's window are free again
        given().when().delete("/sandbox/admin/stats").then().statusCode(204);
        int offeredPerSecond = LIMIT * 10;
        int events = offeredPerSecond * 2;
        // A light load generator (async JDK client on few threads), so the measurement is not skewed by the test
        // starving the in-process sandbox of CPU on a 2-core machine.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/events/customer.registered");
        List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(i * 1000L / offeredPerSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(EventsApiTest.REGISTERED)).build();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
        }
        int accepted = 0;
        for (CompletableFuture<HttpResponse<Void>> answer : answers) {
            int status = answer.get(60, TimeUnit.SECONDS).statusCode();
            assertTrue(status == 200 || status == 503, "unexpected status " + status);
            accepted += status == 200 ? 1 : 0;
        }

        JsonPath stats = given().when().get("/sandbox/admin/stats").then().statusCode(200).extract().jsonPath();
        int maxPerSecond = stats.getInt("max_per_second");
        System.out.printf(
                "pacing: offered %d events/s for 2 s at limit %d/s: %d accepted, sandbox per second %s, max %d%n",
                offeredPerSecond, LIMIT, accepted, stats.getList("per_second.count"), maxPerSecond);
        assertTrue(maxPerSecond <= LIMIT, "a second above the limit: " + stats.getList("per_second"));
        assertEquals(accepted, stats.getInt("by_status.'200'"), "every accepted event is one accepted request");
        // a pacer place is busy for one window plus one round trip, and round trips are long on a loaded 2-core
        // machine: ask for one full second's worth
        assertTrue(accepted >= LIMIT, "requests went through at the limit, got " + accepted);
    }
}
