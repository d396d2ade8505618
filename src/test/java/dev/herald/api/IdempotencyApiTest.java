package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotent repeats and once_per at {@code POST /events/{trigger}}, counted at the in-process sandbox (v2). */
@QuarkusTest
@TestProfile(IdempotencyApiTest.Profile.class)
class IdempotencyApiTest {

    /** The idempotency definitions, a short wait for in-flight repeats, a short delivery deadline, debug logs. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.rules-dir", "src/test/resources/idempotency/rules", "herald.templates-dir",
                    "src/test/resources/e2e/templates", "herald.idempotency.wait", "1s", "herald.delivery.deadline",
                    "2500ms", "quarkus.log.category.\"dev.herald\".level", "DEBUG");
        }

    }

    final ScriptedFaults faults = new ScriptedFaults();

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    static String greet(String name) {
        return "{\"phone\": \"+905551234543\", \"name\": \"" + name + "\"}";
    }

    static Response post(String trigger, String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/events/" + trigger);
    }

    static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void repeatReturnsTheFirstAnswerByteForByteAndSendsNothing() {
        String key = newKey();
        int before = SandboxLog.bodies().size();

        Response first = post("greet", key, greet("Ayşe"));
        first.then().statusCode(200).header(EventResource.REPLAYED_HEADER, nullValue()).body("notifications[0].status",
                equalTo("sent"));
        Response repeat = post("greet", key, greet("Ayşe"));

        repeat.then().statusCode(200).header(EventResource.REPLAYED_HEADER, equalTo("true"));
        assertArrayEquals(first.asByteArray(), repeat.asByteArray(), "the same body bytes");
        assertEquals(first.contentType(), repeat.contentType());
        assertEquals(before + 1, SandboxLog.bodies().size(), "the sandbox received exactly one request");
    }

    @Test
    void keyComesFromTheBodyIdWithoutTheHeader() {
        String id = "evt-" + UUID.randomUUID();
        String body = "{\"id\": \"" + id + "\", \"phone\": \"+905551234543\", \"name\": \"Ali\"}";
        int before = SandboxLog.bodies().size();

        Response first = post("greet", null, body);
        first.then().statusCode(200).body("event_id", equalTo(id));
        Response repeat = post("greet", null, body);

        repeat.then().statusCode(200).header(EventResource.REPLAYED_HEADER, equalTo("true"));
        assertArrayEquals(first.asByteArray(), repeat.asByteArray());
        assertEquals(before + 1, SandboxLog.bodies().size());
    }

    @Test
    void numericBodyIdIsAKeyToo() {
        long id = System.nanoTime();
        String body = "{\"id\": " + id + ", \"phone\": \"+905551234543\", \"name\": \"Ali\"}";
        int before = SandboxLog.bodies().size();
        post("greet", null, body).then().statusCode(200);
        post("greet", null, body).then().statusCode(200).header(EventResource.REPLAYED_HEADER, equalTo("true"));
        assertEquals(before + 1, SandboxLog.bodies().size());
    }

    @Test
    void withoutAKeyEveryRequestSends() {
        int before = SandboxLog.bodies().size();
        post("greet", null, greet("Ali")).then().statusCode(200).header(EventResource.REPLAYED_HEADER, nullValue());
        post("greet", null, greet("Ali")).then().statusCode(200).header(EventResource.REPLAYED_HEADER, nullValue());
        assertEquals(before + 2, SandboxLog.bodies().size());
    }

    @Test
    void sameKeyWithAnotherBodyIs422KeyReused() {
        String key = newKey();
        int before = SandboxLog.bodies().size();
        post("greet", key, greet("Ali")).then().statusCode(200);

        post("greet", key, greet("Veli")).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED")).body("status", equalTo(422))
                .body("type", equalTo("https://herald.dev/problems/idempotency-key-reused"))
                .body("instance", equalTo("/events/greet"));
        assertEquals(before + 1, SandboxLog.bodies().size());
    }

    @Test
    void keysAreScopedByTrigger() {
        String key = newKey();
        int before = SandboxLog.bodies().size();
        post("greet", key, greet("Ali")).then().statusCode(200);
        post("signup", key, signup("cus-" + UUID.randomUUID())).then().statusCode(200)
                .header(EventResource.REPLAYED_HEADER, nullValue()).body("notifications[0].status", equalTo("sent"));
        assertEquals(before + 2, SandboxLog.bodies().size());
    }

    @Test
    void unresolvableEventIsReplayedToo() {
        String key = newKey();
        String noName = "{\"phone\": \"+905551234543\"}";
        int before = SandboxLog.bodies().size();

        Response first = post("greet", key, noName);
        first.then().statusCode(422).contentType("application/problem+json").body("code",
                equalTo("UNRESOLVABLE_EVENT"));
        Response repeat = post("greet", key, noName);

        repeat.then().statusCode(422).contentType("application/problem+json").header(EventResource.REPLAYED_HEADER,
                equalTo("true"));
        assertArrayEquals(first.asByteArray(), repeat.asByteArray());
        assertEquals(before, SandboxLog.bodies().size(), "nothing sent");
    }

    @Test
    void concurrentRepeatsSendOnceAndAllGetTheSameAnswer() throws Exception {
        String key = newKey();
        int before = SandboxLog.bodies().size();
        faults.slowNext(Duration.ofMillis(300));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return post("greet", key, greet("Ayşe"));
            }));
        }
        start.countDown();
        List<Response> ok = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get(30, TimeUnit.SECONDS);
            if (response.statusCode() == 409) {
                response.then().body("code", equalTo("IDEMPOTENCY_IN_FLIGHT"));
            } else {
                assertEquals(200, response.statusCode(), response.asString());
                ok.add(response);
            }
        }
        pool.shutdown();

        assertTrue(!ok.isEmpty());
        for (Response response : ok) {
            assertArrayEquals(ok.get(0).asByteArray(), response.asByteArray(), "identical answers");
        }
        assertEquals(before + 1, SandboxLog.bodies().size(), "exactly one upstream request");
    }

    @Test
    void repeatStillInFlightAfterTheWaitIs409WithRetryAfter() throws Exception {
        String key = newKey();
        faults.slowNext(Duration.ofMillis(1600)); // longer than the 1 s wait, shorter than the 2 s attempt timeout
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post("greet", key, greet("Ali")));
        Thread.sleep(300);

        post("greet", key, greet("Ali")).then().statusCode(409).contentType("application/problem+json")
                .header("Retry-After", equalTo("1")).body("code", equalTo("IDEMPOTENCY_IN_FLIGHT"))
                .body("type", equalTo("https://herald.dev/problems/idempotency-in-flight"));

        Response done = first.get(30, TimeUnit.SECONDS);
        assertEquals(200, done.statusCode());
        Response later = post("greet", key, greet("Ali"));
        later.then().statusCode(200).header(EventResource.REPLAYED_HEADER, equalTo("true"));
        assertArrayEquals(done.asByteArray(), later.asByteArray());
    }

    @Test
    void retryableFailureIsNotStoredAndTheRetrySends() {
        String key = newKey();
        int before = SandboxLog.bodies().size();
        faults.failAfter(0);

        post("greet", key, greet("Ali")).then().statusCode(503).body("code", equalTo("UPSTREAM_UNAVAILABLE"))
                .header(EventResource.REPLAYED_HEADER, nullValue());
        int afterFailure = SandboxLog.bodies().size();
        assertTrue(afterFailure > before, "the failed attempts reached the provider");
        faults.reset();
        post("greet", key, greet("Ali")).then().statusCode(200).header(EventResource.REPLAYED_HEADER, nullValue())
                .body("notifications[0].status", equalTo("sent"));

        assertEquals(afterFailure + 1, SandboxLog.bodies().size(), "the caller's retry sends once more");
    }

    @Test
    void retryAfterAPartialDeliveryDoesNotResendWhatWasAccepted() {
        String key = newKey();
        String body = "{\"phone\": \"+905551234543\", \"order\": \"ORD-" + UUID.randomUUID() + "\"}";
        faults.failAfter(1);

        // The two notifications travel in two requests (two sender numbers) that leave concurrently: whichever the
        // provider sees first is accepted, the other one is refused until the faults are reset.
        Response failed = post("order.paid", key, body);
        failed.then().statusCode(503).body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        List<String> statuses = failed.path("notifications.status");
        assertEquals(List.of("failed", "sent"), statuses.stream().sorted().toList(), failed.asString());
        int sentIndex = statuses.indexOf("sent");
        String acceptedName = failed.path("notifications[" + sentIndex + "].name");
        String acceptedKey = failed.path("notifications[" + sentIndex + "].keys[0]");
        int afterFailure = SandboxLog.bodies().size();

        faults.reset();
        Response retry = post("order.paid", key, body);
        retry.then().statusCode(200).header(EventResource.REPLAYED_HEADER, nullValue())
                .body("notifications[" + sentIndex + "].name", equalTo(acceptedName))
                .body("notifications[" + sentIndex + "].keys", equalTo(List.of(acceptedKey)))
                .body("notifications[" + (1 - sentIndex) + "].status", equalTo("sent"))
                .body("notifications[" + (1 - sentIndex) + "].keys[0]", startsWith("whatsapp-"));

        List<JsonNode> sent = SandboxLog.bodies();
        assertEquals(afterFailure + 1, sent.size(), "only the refused notification is sent again");
        JsonNode last = sent.get(sent.size() - 1);
        assertEquals(1, last.path("messages").size());
        String lastBody = last.path("messages").path(0).path("message").path("text").path("body").asText();
        assertTrue(lastBody.startsWith("paid-receipt".equals(acceptedName) ? "Thanks" : "Receipt"), last.toString());

        Response replay = post("order.paid", key, body);
        replay.then().statusCode(200).header(EventResource.REPLAYED_HEADER, equalTo("true"));
        assertArrayEquals(retry.asByteArray(), replay.asByteArray());
        assertEquals(afterFailure + 1, SandboxLog.bodies().size());
    }

    static String signup(String customer) {
        return "{\"customer\": {\"id\": \"" + customer + "\", \"phone\": \"+905551234543\", \"name\": \"Ayşe\"}}";
    }

    @Test
    void oncePerSkipsASecondEventWithTheSameValue() {
        String customer = "cus-" + UUID.randomUUID();
        int before = SandboxLog.bodies().size();

        post("signup", null, signup(customer)).then().statusCode(200).body("notifications", hasSize(1))
                .body("notifications[0].status", equalTo("sent"));
        post("signup", null, signup(customer)).then().statusCode(200)
                .body("notifications[0].status", equalTo("skipped"))
                .body("notifications[0].reason", matchesPattern("once_per: \\{event\\.customer\\.id\\} = " + customer
                        + " was already sent at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"));
        post("signup", null, signup("cus-" + UUID.randomUUID())).then().statusCode(200).body("notifications[0].status",
                equalTo("sent"));

        assertEquals(before + 2, SandboxLog.bodies().size());
    }

    @Test
    void oncePerIsRecordedOnlyAfterTheProviderAccepted() {
        String customer = "cus-" + UUID.randomUUID();
        faults.failAfter(0);
        post("signup", null, signup(customer)).then().statusCode(503);
        faults.reset();
        post("signup", null, signup(customer)).then().statusCode(200).body("notifications[0].status", equalTo("sent"));
    }

    @Test
    void previewIsNeverIdempotent() {
        String key = newKey();
        post("greet", key, greet("Ali")).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(greet("Veli")).when()
                .post("/events/greet/preview").then().statusCode(200).header(EventResource.REPLAYED_HEADER, nullValue())
                .body("notifications[0].status", equalTo("ready"));
    }
}
