package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The real-provider mode pointed at the in-process sandbox with a wrong OAuth 2.0 client secret (v2). */
@QuarkusTest
@TestProfile(UpstreamV2AuthRefusedTest.WrongClientSecret.class)
class UpstreamV2AuthRefusedTest {

    static final String SECRET = "wrong-client-secret-0815";

    /** v2, the sandbox's client id with a secret it does not accept. */
    public static class WrongClientSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.mode", "insider", "herald.upstream.api-version", "v2",
                    "herald.upstream.base-url", "http://localhost:${quarkus.http.test-port:8081}/sandbox",
                    "herald.upstream.client-id", "sandbox-client", "herald.upstream.client-secret", SECRET,
                    "herald.upstream.from", "+15550000000");
        }
    }

    @Test
    void refusedClientCredentialsAre502UpstreamAuthAndNothingIsSent() {
        int before = SandboxLog.bodies().size();

        Response answer = given().contentType(ContentType.JSON).body(EventsApiTest.REGISTERED).when()
                .post("/events/customer.registered");

        answer.then().statusCode(502).contentType("application/problem+json").header("Retry-After", nullValue())
                .body("code", equalTo("UPSTREAM_AUTH")).body("status", equalTo(502))
                .body("type", equalTo("https://herald.dev/problems/upstream-auth"))
                .body("detail", equalTo("delivery failed: the token endpoint http://localhost:" + RestAssured.port
                        + "/sandbox/oauth2/token answered 401 (invalid_client): it refused Herald's client credentials;"
                        + " check herald.upstream.client-id and herald.upstream.client-secret"
                        + " (HERALD_UPSTREAM_CLIENT_ID, HERALD_UPSTREAM_CLIENT_SECRET)"))
                .body("notifications", hasSize(2)).body("notifications[0].name", equalTo("welcome-message"))
                .body("notifications[0].status", equalTo("failed"))
                .body("notifications[0].code", equalTo("UPSTREAM_AUTH"))
                .body("notifications[1].status", equalTo("skipped"));

        assertFalse(answer.asString().contains(SECRET), answer.asString());
        assertEquals(before, SandboxLog.bodies().size(), "no send request without a token");
    }
}
