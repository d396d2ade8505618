package dev.herald.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import io.restassured.http.ContentType;

/**
 * Scripts the in-process sandbox through its admin fault API ({@code /sandbox/admin/faults}) for the idempotency tests:
 * let N send requests pass and refuse the rest with 503 until {@link #reset()}, or hold the next one a while.
 */
class ScriptedFaults {

    /**
     * Lets {@code passes} send requests through, then answers every further one 503 (a retryable failure) until
     * {@link #reset()}: Herald retries a 503 within its deadline, so a single 503 would be invisible to the caller.
     */
    void failAfter(int passes) {
        if (passes > 0) {
            // a one-millisecond "slow" rule answers normally and uses up the first `passes` requests
            add("{\"fault\": \"slow\", \"delay_ms\": 1, \"next\": " + passes + "}");
        }
        add("{\"fault\": \"unavailable\", \"share\": 1.0}");
    }

    /** Holds the next send request for {@code delay} before answering it normally. */
    void slowNext(Duration delay) {
        add("{\"fault\": \"slow\", \"delay_ms\": " + delay.toMillis() + ", \"next\": 1}");
    }

    void reset() {
        given().when().delete("/sandbox/admin/faults").then().statusCode(204);
    }

    private static void add(String rule) {
        given().contentType(ContentType.JSON).body(rule).when().post("/sandbox/admin/faults").then().statusCode(201);
    }
}
