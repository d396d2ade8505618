package dev.herald.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The full loop: event, send to the sandbox, the sandbox's callbacks (time scale 0.001) through a relay that can refuse
 * the first attempts, then {@code GET /messages/{key}}.
 */
@QuarkusTest
@TestProfile(SandboxCallbacksTest.Callbacks.class)
class SandboxCallbacksTest {

    static final int RELAY_PORT = 18697;
    static final AtomicInteger refuseNext = new AtomicInteger();
    static final AtomicInteger refused = new AtomicInteger();
    static HttpServer relay;

    public static class Callbacks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.sandbox.callbacks.enabled", "true", "herald.sandbox.callbacks.time-scale", "0.001",
                    "herald.sandbox.callbacks.url", "http://127.0.0.1:" + RELAY_PORT + "/relay",
                    "herald.sandbox.callbacks.fail-numbers.\"+905550000026\"", "131026");
        }
    }

    static synchronized void startRelay(int heraldPort) throws IOException {
        if (relay != null) {
            return;
        }
        HttpClient client = HttpClient.newHttpClient();
        relay = HttpServer.create(new InetSocketAddress("127.0.0.1", RELAY_PORT), 0);
        relay.createContext("/relay", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                status = 503;
            } else {
                try {
                    status = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + heraldPort + "/callbacks/whatsapp"))
                                    .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    status = 500;
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        relay.start();
    }

    static String fire(String eventId, String phone) {
        return given().contentType("application/json").body("""
                {"id": "%s", "customer": {"id": "c-42", "phone": "%s", "first_name": "Ayşe", "vip": false}}
                """.formatted(eventId, phone)).when().post("/events/customer.registered").then().statusCode(200)
                .extract().path("notifications[0].keys[0]");
    }

    static void eventually(long millis, Runnable assertion) {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > end) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void sandboxCallbacksShowSentDeliveredRead() throws IOException {
        startRelay(port);
        String key = fire("sbx-loop", "+905551234543");
        eventually(10_000, () -> given().when().get("/messages/" + key).then().statusCode(200)
                .body("status", equalTo("read")).body("history.status", equalTo(List.of("sent", "delivered", "read"))));
    }

    @Test
    void failNumbersGetAFailedCallbackWithTheirCode() throws IOException {
        startRelay(port);
        String key = fire("sbx-fail", "+905550000026");
        eventually(10_000, () -> given().when().get("/messages/" + key).then().body("status", equalTo("failed"))
                .body("history[1].code", equalTo(131026)).body("history[1].retry", equalTo("no: undeliverable")));
    }

    @Test
    void nonTwoXxAnswersAreRetriedOnTheProvidersSchedule() throws IOException {
        startRelay(port);
        refused.set(0);
        refuseNext.set(4);
        String key = fire("sbx-retry", "+905551234543");
        eventually(20_000, () -> given().when().get("/messages/" + key).then().body("status", equalTo("read")));
        org.junit.jupiter.api.Assertions.assertEquals(4, refused.get());
    }
}
