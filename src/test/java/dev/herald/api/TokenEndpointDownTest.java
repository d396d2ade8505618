package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * v2 while the token endpoint answers 503: the provider's availability, so the caller gets 503 with Retry-After and may
 * retry; Herald retried within its deadline and sent nothing.
 */
@QuarkusTest
@TestProfile(TokenEndpointDownTest.TokenEndpointUnavailable.class)
class TokenEndpointDownTest {

    /** Every token request answered 503 with Retry-After: 2 by the sandbox; a short deadline keeps the test quick. */
    public static class TokenEndpointUnavailable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.sandbox.faults", "unavailable:share=1:endpoints=token:retry_after_seconds=2",
                    "herald.delivery.deadline", "2500ms", "herald.upstream.timeout", "500ms");
        }
    }

    @Test
    void unavailableTokenEndpointIs503WithRetryAfterAndNothingIsSent() {
        int before = SandboxLog.bodies().size();

        given().contentType(ContentType.JSON).body(EventsApiTest.REGISTERED).when().post("/events/customer.registered")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("2"))
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("detail", containsString("/sandbox/oauth2/token answered 503"))
                .body("notifications[0].status", equalTo("failed"))
                .body("notifications[0].code", equalTo("UPSTREAM_UNAVAILABLE"));

        assertEquals(before, SandboxLog.bodies().size(), "no send request without a token");
    }
}
