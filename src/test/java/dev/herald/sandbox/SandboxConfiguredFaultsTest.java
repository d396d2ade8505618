package dev.herald.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fault rules from {@code herald.sandbox.faults} are active at startup; {@code herald.sandbox.rate-limit} limits. */
@QuarkusTest
@TestProfile(SandboxConfiguredFaultsTest.ConfiguredFaults.class)
class SandboxConfiguredFaultsTest {

    /** Two v1 rules and a limit of three v1 or v2 send requests per second. */
    public static class ConfiguredFaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.sandbox.faults", "ip_restricted:next=1:api=v1,rate_limited:next=1:api=v1",
                    "herald.sandbox.rate-limit", "3");
        }
    }

    @Test
    void configuredRulesAreActiveFromTheStartThenTheRateLimitApplies() throws InterruptedException {
        given().get("/sandbox/admin/faults").then().statusCode(200)
                .body("fault", contains("ip_restricted", "rate_limited")).body("remaining", contains(1, 1));

        // start right after a second begins so that the first requests share one second
        Thread.sleep(1000 - System.currentTimeMillis() % 1000);
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON)
                    .body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send"));
        }
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();

        assertTrue(statuses.get(0) == 403 && statuses.get(1) == 429, statuses.toString());
        given().get("/sandbox/admin/faults").then().body("$", empty());
        List<Map<String, Object>> log = given().get("/sandbox/requests").then().extract().path("$");
        Map<Object, Long> admittedPerSecond = log.stream()
                .filter(entry -> entry.get("fault") == null || !"rate_limit".equals(entry.get("fault")))
                .collect(Collectors.groupingBy(entry -> entry.get("received_at").toString().substring(0, 19),
                        Collectors.counting()));
        assertTrue(admittedPerSecond.values().stream().allMatch(n -> n <= 3), admittedPerSecond.toString());
        assertTrue(statuses.lastIndexOf(429) > 1, "the limiter refused some: " + statuses);
        answers.get(statuses.lastIndexOf(429)).then().header("Retry-After", "1")
                .body(equalTo("{\"message\":\"rate limited\"}"));
    }
}
