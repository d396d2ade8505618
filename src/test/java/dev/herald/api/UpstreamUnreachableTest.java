package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The real-provider mode with nothing listening at the base URL: retried until the deadline (1 s here), then answered
 * 503.
 */
@QuarkusTest
@TestProfile(UpstreamUnreachableTest.NothingListens.class)
class UpstreamUnreachableTest {

    /** A distinctive key, so that finding it in an answer cannot be a coincidence. */
    static final String API_KEY = "v1-key-must-stay-secret-4711";

    /** v1 against port 1 of the loopback address, where nothing listens. */
    public static class NothingListens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.mode", "insider", "herald.upstream.api-version", "v1",
                    "herald.upstream.base-url", "http://127.0.0.1:1", "herald.upstream.api-key", API_KEY,
                    "herald.delivery.deadline", "1s", "herald.upstream.timeout", "300ms");
        }
    }

    @Test
    void unreachableProviderIs503WithRetryAfterAndPerNotificationStatuses() {
        Response answer = given().contentType(ContentType.JSON).body(EventsApiTest.REGISTERED).when()
                .post("/events/customer.registered");

        answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("1"))
                .body("code", equalTo("UPSTREAM_UNAVAILABLE")).body("status", equalTo(503))
                .body("type", equalTo("https://herald.dev/problems/upstream-unavailable"))
                .body("instance", equalTo("/events/customer.registered"))
                .body("detail", startsWith("delivery failed: no answer from the provider: connection failed ("))
                .body("trigger", equalTo("customer.registered")).body("event_id", equalTo("evt-1"))
                .body("notifications", hasSize(2)).body("notifications[0].name", equalTo("welcome-message"))
                .body("notifications[0].status", equalTo("failed"))
                .body("notifications[0].code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("notifications[1].name", equalTo("vip-welcome"))
                .body("notifications[1].status", equalTo("skipped"));

        assertFalse(answer.asString().contains(API_KEY), answer.asString());
        answer.headers().forEach(h -> assertFalse(h.getValue().contains(API_KEY), h.toString()));
        assertEquals(0, SandboxLog.bodies().size(), "the in-process sandbox is not the upstream here");
    }
}
