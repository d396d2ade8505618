package dev.herald.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Fault injection and request counting over HTTP. Rules here target v1 only, so that nothing else talking to the
 * in-process sandbox (the engine's upstream client uses v2 in tests) can use them up.
 */
@QuarkusTest
class SandboxFaultsTest {

    static final String RATE_LIMITED = "{\"message\":\"rate limited\"}";
    static final String PROVIDER_FAILURE = "{\"message\":\"Message could not be sent.\","
            + "\"detail\":\"There is no active provider.\","
            + "\"error\":{\"message\":\"Message could not be sent.\",\"code\":\"2003\"}}";
    static final String IP_RESTRICTED = "{\"message\":\"ip-restricted\","
            + "\"error\":{\"message\":\"ip-restricted\",\"code\":1088}}";

    @TestHTTPResource("/sandbox/v1/send")
    URI v1Send;

    @BeforeEach
    @AfterEach
    void reset() {
        given().delete("/sandbox/admin/faults").then().statusCode(204);
        given().delete("/sandbox/admin/stats").then().statusCode(204);
        given().delete("/sandbox/requests").then().statusCode(204);
    }

    static void addRule(String json) {
        given().contentType(ContentType.JSON).body(json).post("/sandbox/admin/faults").then().statusCode(201);
    }

    static Response sendV1() {
        return given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send");
    }

    HttpResponse<String> sendV1WithJdkClient() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(v1Send).timeout(Duration.ofSeconds(10))
                .header("X-INS-AUTH-KEY", "sandbox-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.resource("sandbox/v1-sample.json"))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rateLimitedForTheNextTwoRequestsThenNormalAnswersResume() {
        given().contentType(ContentType.JSON)
                .body("{\"fault\":\"rate_limited\",\"retry_after_seconds\":2,\"next\":2,\"api\":\"v1\"}")
                .post("/sandbox/admin/faults").then().statusCode(201)
                .body(matchesPattern("\\{\"id\":\\d+,\"fault\":\"rate_limited\",\"next\":2,\"api\":\"v1\","
                        + "\"endpoints\":\"send\",\"retry_after_seconds\":2,\"delay_ms\":0,\"remaining\":2,"
                        + "\"applied\":0}"));

        sendV1().then().statusCode(429).header("Retry-After", "2").contentType(ContentType.JSON)
                .body(equalTo(RATE_LIMITED));
        given().get("/sandbox/admin/faults").then().statusCode(200).body("remaining", contains(1)).body("applied",
                contains(1));
        sendV1().then().statusCode(429).header("Retry-After", "2").body(equalTo(RATE_LIMITED));
        given().get("/sandbox/admin/faults").then().statusCode(200).body("$", empty());
        sendV1().then().statusCode(200).header("Retry-After", nullValue())
                .body(matchesPattern(SandboxResourceTest.KEYS_OF_ONE));
    }

    @Test
    void queuedRulesApplyInOrderEachWithTheProvidersExactAnswer() {
        addRule("{\"fault\":\"unavailable\",\"next\":1,\"api\":\"v1\"}");
        addRule("{\"fault\":\"provider_failure\",\"next\":1,\"api\":\"v1\"}");
        addRule("{\"fault\":\"unauthorized\",\"next\":1,\"api\":\"v1\"}");
        addRule("{\"fault\":\"ip_restricted\",\"next\":1,\"api\":\"v1\"}");
        addRule("{\"fault\":\"unavailable\",\"retry_after_seconds\":30,\"next\":1,\"api\":\"v1\"}");

        sendV1().then().statusCode(503).header("Retry-After", nullValue()).body(equalTo(""));
        sendV1().then().statusCode(400).contentType(ContentType.JSON).body(equalTo(PROVIDER_FAILURE));
        sendV1().then().statusCode(401).body(equalTo(SandboxResourceTest.UNAUTHORIZED));
        sendV1().then().statusCode(403).body(equalTo(IP_RESTRICTED));
        sendV1().then().statusCode(503).header("Retry-After", "30");
        sendV1().then().statusCode(200);

        given().get("/sandbox/requests").then().body("status", contains(503, 400, 401, 403, 503, 200)).body("fault",
                contains("unavailable", "provider_failure", "unauthorized", "ip_restricted", "unavailable", null))
                .body("[0].body.messages", hasSize(1));
    }

    @Test
    void slowDelaysTheNormalAnswer() {
        addRule("{\"fault\":\"slow\",\"delay_ms\":300,\"next\":1,\"api\":\"v1\"}");

        long start = System.nanoTime();
        sendV1().then().statusCode(200).body(matchesPattern(SandboxResourceTest.KEYS_OF_ONE));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMs >= 300, "answered after " + elapsedMs + " ms");
        given().get("/sandbox/requests").then().body("fault", contains("slow")).body("status", contains(200));
    }

    @Test
    void aDelayAlsoPrecedesAnInjectedAnswer() {
        addRule("{\"fault\":\"unavailable\",\"delay_ms\":300,\"next\":1,\"api\":\"v1\"}");

        long start = System.nanoTime();
        sendV1().then().statusCode(503);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMs >= 300, "answered after " + elapsedMs + " ms");
    }

    @Test
    void slowAnswersDoNotHoldUpOtherRequests() throws Exception {
        addRule("{\"fault\":\"slow\",\"delay_ms\":1500,\"share\":1,\"api\":\"v1\"}");
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            Thread thread = new Thread(() -> statuses.add(sendV1().statusCode()));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(40, statuses.size());
        assertTrue(statuses.stream().allMatch(status -> status == 200), statuses.toString());
        assertTrue(elapsedMs >= 1500 && elapsedMs < 4500, "40 parallel slow answers took " + elapsedMs + " ms");
    }

    @Test
    void dropClosesTheConnectionWithoutAnAnswer() throws Exception {
        addRule("{\"fault\":\"drop\",\"next\":2,\"api\":\"v1\"}");

        assertThrows(IOException.class, this::sendV1WithJdkClient);
        assertThrows(IOException.class, this::sendV1WithJdkClient);
        assertEquals(200, sendV1WithJdkClient().statusCode());

        given().get("/sandbox/requests").then().body("status", contains(0, 0, 200)).body("fault",
                contains("drop", "drop", null));
        given().get("/sandbox/admin/stats").then().body("by_status.0", equalTo(2)).body("by_status.200", equalTo(1));
    }

    @Test
    void aSeededShareAppliesToTheSameRequestsEveryTime() {
        addRule("{\"fault\":\"unavailable\",\"share\":0.5,\"seed\":42,\"api\":\"v1\"}");
        Random expected = new Random(42);
        List<Integer> want = new ArrayList<>();
        List<Integer> got = new ArrayList<>();

        for (int i = 0; i < 12; i++) {
            want.add(expected.nextDouble() < 0.5 ? 503 : 200);
            got.add(sendV1().statusCode());
        }

        assertEquals(want, got);
        assertTrue(got.contains(503) && got.contains(200), got.toString());
        given().get("/sandbox/admin/faults").then().body("[0].share", equalTo(0.5f)).body("[0].seed", equalTo(42))
                .body("[0].applied", equalTo((int) got.stream().filter(status -> status == 503).count()));
    }

    @Test
    void aRuleForV2LeavesV1AloneAndTheTokenEndpointOnlyWhenAsked() {
        addRule("{\"fault\":\"unavailable\",\"share\":1,\"api\":\"v2\"}");
        sendV1().then().statusCode(200);
        SandboxResourceTest.token();

        given().delete("/sandbox/admin/faults").then().statusCode(204);
        addRule("{\"fault\":\"unavailable\",\"next\":1,\"endpoints\":\"token\"}");
        sendV1().then().statusCode(200);
        given().auth().preemptive().basic("sandbox-client", "sandbox-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(503);
        SandboxResourceTest.token();
    }

    @Test
    void refusesBadRulesNamingEveryProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"fault\":\"flaky\",\"next\":0,\"share\":0.5,\"api\":\"v3\",\"colour\":\"red\"}")
                .post("/sandbox/admin/faults").then().statusCode(400).contentType(ContentType.JSON)
                .body(equalTo("{\"message\":\"invalid fault rule\",\"problems\":["
                        + "\"colour: unknown key (allowed: fault, next, share, seed, api, endpoints, "
                        + "retry_after_seconds, delay_ms)\","
                        + "\"fault: unknown fault \\\"flaky\\\" (one of rate_limited, unavailable, provider_failure, "
                        + "unauthorized, ip_restricted, slow, drop)\","
                        + "\"give exactly one of next (the next N requests) or share (a share of requests, "
                        + "0 < share <= 1)\"," + "\"next: must be an integer from 1 to 2147483647, was 0\","
                        + "\"api: must be v1, v2 or any, was \\\"v3\\\"\"]}"));
        given().contentType(ContentType.JSON).body("{\"fault\":").post("/sandbox/admin/faults").then().statusCode(400)
                .body("message", equalTo("invalid fault rule"))
                .body("problems[0]", matchesPattern("the body is not JSON: .*"));
        given().contentType(ContentType.JSON).body("[]").post("/sandbox/admin/faults").then().statusCode(400).body(
                "problems", contains("the rule must be a JSON object, e.g. {\"fault\":\"unavailable\",\"next\":1}"));
        given().get("/sandbox/admin/faults").then().body("$", empty());
    }

    @Test
    void countsSendRequestsPerSecondAndByStatus() {
        addRule("{\"fault\":\"rate_limited\",\"next\":1,\"api\":\"v1\"}");
        long before = System.currentTimeMillis() / 1000;
        sendV1().then().statusCode(429);
        sendV1().then().statusCode(200);
        given().header("X-INS-AUTH-KEY", "wrong").contentType(ContentType.JSON).body("{}").post("/sandbox/v1/send")
                .then().statusCode(401);
        long after = System.currentTimeMillis() / 1000;

        Response stats = given().queryParam("api", "v1").get("/sandbox/admin/stats");
        stats.then().statusCode(200).body("total", equalTo(3)).body("by_status.200", equalTo(1))
                .body("by_status.401", equalTo(1)).body("by_status.429", equalTo(1));
        List<Integer> counts = stats.path("per_second.count");
        List<Long> seconds = stats.jsonPath().getList("per_second.second", Long.class);
        assertEquals(3, counts.stream().mapToInt(Integer::intValue).sum());
        assertTrue(seconds.stream().allMatch(second -> second >= before && second <= after), seconds.toString());
        assertEquals(counts.stream().mapToInt(Integer::intValue).max().orElseThrow(),
                (int) stats.path("max_per_second"));

        given().delete("/sandbox/admin/stats").then().statusCode(204);
        given().get("/sandbox/admin/stats").then()
                .body(equalTo("{\"total\":0,\"by_status\":{},\"per_second\":[],\"max_per_second\":0}"));
        given().get("/sandbox/requests").then().body("$", hasSize(3));
        given().queryParam("api", "v3").get("/sandbox/admin/stats").then().statusCode(400)
                .body(equalTo("{\"message\":\"api must be v1 or v2, was \\\"v3\\\"\"}"));
    }
}
