package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import dev.herald.dispatch.DeliveryService;
import dev.herald.dispatch.FakeUpstream;
import dev.herald.dispatch.FakeUpstream.Reply;

/**
 * The whole path (REST API, dispatcher, SmallRye FT guard, Quarkus REST client) against a scripted provider on a
 * loopback port: keys, metrics, the circuit breaker and a timeout. The breaker is reset before and after every test.
 */
@QuarkusTest
@TestProfile(DeliveryEndToEndTest.FakeProvider.class)
class DeliveryEndToEndTest {

    /** v2 against the fake provider; short deadline and timeout; the breaker opens after 4 failures of 4. */
    public static class FakeProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("herald.upstream.mode", "insider"),
                    Map.entry("herald.upstream.api-version", "v2"),
                    Map.entry("herald.upstream.base-url", "http://127.0.0.1:" + port()),
                    Map.entry("herald.upstream.client-id", "test-client"),
                    Map.entry("herald.upstream.client-secret", "test-secret"),
                    Map.entry("herald.upstream.from", "+15550000000"), Map.entry("herald.upstream.timeout", "300ms"),
                    Map.entry("herald.delivery.deadline", "1500ms"),
                    Map.entry("herald.delivery.retry.initial-backoff", "50ms"),
                    Map.entry("herald.delivery.breaker.request-volume", "4"),
                    Map.entry("herald.delivery.breaker.failure-ratio", "1.0"),
                    Map.entry("herald.delivery.breaker.delay", "5s"));
        }
    }

    /** One free port per JVM, shared by the profile (Quarkus class loader) and the test through a system property. */
    static synchronized int port() {
        String port = System.getProperty("fake-provider.port");
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty("fake-provider.port", port);
        }
        return Integer.parseInt(port);
    }

    private static FakeUpstream upstream;

    @Inject
    DeliveryService delivery;

    @BeforeEach
    void fresh() throws IOException {
        if (upstream == null) {
            upstream = FakeUpstream.start(port());
        }
        upstream.reset();
        delivery.resetBreaker();
    }

    @AfterEach
    void closeBreaker() {
        delivery.resetBreaker();
    }

    private static Response fire() {
        // A fresh idempotency key: the body carries an id, and a repeat of it would be replayed, not delivered.
        return given().contentType(ContentType.JSON).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(EventsApiTest.REGISTERED).when().post("/events/customer.registered");
    }

    @Test
    void deliversWithTheProvidersKeyAndCountsIt() {
        Response answer = fire();

        answer.then().statusCode(200).body("notifications[0].status", equalTo("sent"));
        assertEquals(1, upstream.requests());
        assertEquals(upstream.received().get(0).keys(), answer.jsonPath().getList("notifications[0].keys"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("herald_events_total{trigger=\"customer.registered\"}"))
                .body(containsString("herald_notifications_total{outcome=\"sent\"}"))
                .body(containsString("herald_upstream_requests_total{outcome=\"accepted\",status=\"200\"}"))
                .body(containsString("herald_batch_size_count")).body(containsString("herald_limiter_wait_seconds"))
                .body(containsString("herald_delivery_latency_seconds_count"))
                .body(containsString("herald_upstream_circuit_open"));
    }

    @Test
    void breakerOpensAfterFourFailuresAndTheNextEventFailsFastWithoutARequest() {
        upstream.otherwise(body -> Reply.of(503, ""));

        fire().then().statusCode(503).header("Retry-After", equalTo("5")).body("code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("notifications[0].status", equalTo("failed"));
        assertEquals(4, upstream.requests(), "four failures open the breaker; the fifth attempt is not sent");
        assertEquals(CircuitBreakerState.OPEN, delivery.breakerState());
        given().when().get("/q/health/ready").then().body(containsString("\"circuit\": \"open\""));

        long start = System.nanoTime();
        fire().then().statusCode(503).header("Retry-After", equalTo("5")).body("detail",
                startsWith("delivery failed: not sent: the circuit breaker on the provider is open"));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4, upstream.requests(), "fail fast: no upstream request while open");
        assertTrue(took < 1000, "answered after " + took + " ms, the deadline is 1500 ms");
    }

    @Test
    void timeoutAfterSendingIsReportedUnknownAndNotResent() {
        upstream.then(Reply.of(200, "").after(800));

        fire().then().statusCode(503).body("code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("notifications[0].status", equalTo("unknown"))
                .body("notifications[0].detail", containsString("may have accepted it"));
        assertEquals(1, upstream.requests());
    }
}
