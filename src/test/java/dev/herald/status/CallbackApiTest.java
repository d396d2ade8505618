package dev.herald.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code POST /callbacks/whatsapp} and the lookups, default test profile (token {@code test-callback-token}). */
@QuarkusTest
class CallbackApiTest {

    static final String AUTH = "Bearer test-callback-token";
    static final String EVENT = """
            {"id": "%s", "customer": {"id": "c-42", "phone": "+905551234543", "first_name": "Ayşe", "vip": false}}
            """;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    static String fire(String eventId) {
        return given().contentType(ContentType.JSON).body(EVENT.formatted(eventId)).when()
                .post("/events/customer.registered").then().statusCode(200).extract().path("notifications[0].keys[0]");
    }

    static void callback(String body, int status) {
        given().header("Authorization", AUTH).contentType(ContentType.JSON).body(body).when()
                .post("/callbacks/whatsapp").then().statusCode(status);
    }

    @Test
    void sendIsRecordedWithMaskedRecipient() {
        String key = fire("cb-evt-1");
        given().when().get("/messages/" + key).then().statusCode(200).body("key", equalTo(key))
                .body("event_id", equalTo("cb-evt-1")).body("trigger", equalTo("customer.registered"))
                .body("notification", equalTo("welcome-message")).body("recipient", equalTo("+90555*****43"))
                .body("language", equalTo("tr")).body("template", equalTo("welcome_message"))
                .body("status", equalTo("sent")).body("history", hasSize(1));
        given().queryParam("event_id", "cb-evt-1").when().get("/messages").then().statusCode(200).body("$", hasSize(1))
                .body("[0].key", equalTo(key));
    }

    @Test
    void everyAcceptedShapeIsApplied() {
        String key = fire("cb-evt-shapes");
        callback("""
                {"messaging_product": "whatsapp", "contacts": [{"input": "+905551234543", "wa_id": "905551234543"}],
                 "messages": [{"id": "wamid.1"}], "key": "%s", "extra": 1}""".formatted(key), 200);
        callback("""
                {"id": "wamid.1", "status": "sent", "timestamp": "1767261601", "recipient_id": "905551234543",
                 "conversation": {"id": "c"}, "pricing": {"billable": true}, "key": "%s"}""".formatted(key), 200);
        callback("""
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages",
                 "value": {"statuses": [{"id": "wamid.1", "status": "delivered", "timestamp": "1767261602",
                 "recipient_id": "905551234543", "key": "%s"}]}}]}]}""".formatted(key), 200);
        callback("""
                {"error": {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429,
                 "fbtrace_id": "x", "error_data": {"details": "d"}}, "key": "%s"}""".formatted(key), 200);
        callback("""
                {"id": "wamid.1", "status": "failed", "timestamp": "1767261603", "recipient_id": "905551234543",
                 "errors": [{"code": 131047, "title": "Re-engagement message", "message": "m",
                 "error_data": {"details": "24h"}}], "key": "%s"}""".formatted(key), 200);
        given().when().get("/messages/" + key).then().statusCode(200).body("status", equalTo("delivered"))
                .body("history.status", org.hamcrest.Matchers.hasItems("accepted", "sent", "delivered", "failed"))
                .body("history.find { it.code == 131047 }.retry", startsWith("no: send a template"))
                .body("history.find { it.code == 130429 }.retry", equalTo("yes: back off"));
    }

    @Test
    void sameCallbackTenTimesChangesNothing() {
        String key = fire("cb-evt-ten");
        String delivered = """
                {"id": "wamid.2", "status": "delivered", "timestamp": "1767261602", "key": "%s"}""".formatted(key);
        for (int i = 0; i < 10; i++) {
            callback(delivered, 200);
        }
        given().when().get("/messages/" + key).then().body("status", equalTo("delivered")).body("history", hasSize(2));
    }

    @Test
    void readThenDeliveredKeepsRead() {
        String key = fire("cb-evt-order");
        long now = java.time.Instant.now().getEpochSecond();
        callback("{\"status\": \"read\", \"timestamp\": \"%d\", \"key\": \"%s\"}".formatted(now + 5, key), 200);
        callback("{\"status\": \"delivered\", \"timestamp\": \"%d\", \"key\": \"%s\"}".formatted(now + 2, key), 200);
        given().when().get("/messages/" + key).then().body("status", equalTo("read")).body("history.status",
                equalTo(List.of("sent", "delivered", "read")));
    }

    @Test
    void callbacksAreCountedByTypeAndOutcome() {
        String key = fire("cb-evt-metrics");
        String delivered = "{\"status\": \"delivered\", \"key\": \"%s\"}".formatted(key);
        callback(delivered, 200);
        callback(delivered, 200);
        callback("{\"status\": \"read\", \"key\": \"whatsapp-never-sent\"}", 200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions
                .assertTrue(metrics.contains("herald_callbacks_total{outcome=\"duplicate\",type=\"status\"}"), metrics);
        org.junit.jupiter.api.Assertions
                .assertTrue(metrics.contains("herald_callbacks_total{outcome=\"pending\",type=\"status\"}"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("herald_callbacks_unknown_keys_total"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("herald_message_time_to_delivered_seconds_count"),
                metrics);
    }

    @Test
    void badOrMissingTokenIs401() {
        given().header("Authorization", "Bearer nope").contentType(ContentType.JSON)
                .body("{\"status\": \"read\", \"key\": \"k\"}").when().post("/callbacks/whatsapp").then()
                .statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("CALLBACK_UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body("{\"status\": \"read\", \"key\": \"k\"}").when()
                .post("/callbacks/whatsapp").then().statusCode(401);
    }

    @Test
    void malformedBodiesAre400() {
        for (String body : List.of("not json", "[]", "{}", "{\"status\": \"read\"}",
                "{\"status\": \"bounced\", \"key\": \"k\"}",
                "{\"status\": \"read\", \"timestamp\": \"x\", \"key\": \"k\"}", "{\"entry\": 3}",
                "{\"entry\": [{\"changes\": [{\"value\": {}}]}]}", "")) {
            given().header("Authorization", AUTH).contentType(ContentType.JSON).body(body).when()
                    .post("/callbacks/whatsapp").then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("MALFORMED_CALLBACK"));
        }
    }

    @Test
    void unknownMessageIs404() {
        given().when().get("/messages/whatsapp-nope").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_MESSAGE"));
        given().when().get("/messages").then().statusCode(400).body("code", equalTo("MISSING_PARAMETER"));
    }

    /** 2000 callbacks from 16 concurrent clients: prints p50, p99 and throughput. */
    @Test
    void burstOfCallbacksIsFast() throws Exception {
        String key = fire("cb-evt-load");
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/callbacks/whatsapp");
        String[] statuses = { "sent", "delivered", "read" };
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        int total = 2000;
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            results.add(pool.submit(() -> {
                int ok = 0;
                for (int i = id; i < total; i += clients) {
                    String body = "{\"status\": \"%s\", \"timestamp\": \"1767261602\", \"key\": \"%s\"}"
                            .formatted(statuses[i % 3], i % 2 == 0 ? key : "whatsapp-load-" + i);
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", AUTH)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    nanos.add(System.nanoTime() - t0);
                    ok += response.statusCode() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        int ok = 0;
        for (Future<Integer> f : results) {
            ok += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "CALLBACK LOAD: %d callbacks, %d clients, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", total,
                clients, total / seconds, sorted.get(total / 2) / 1e6, sorted.get(total * 99 / 100) / 1e6,
                sorted.get(total - 1) / 1e6);
        assertEquals(total, ok);
        given().when().get("/messages/" + key).then().body("status", equalTo("read"));
    }
}
