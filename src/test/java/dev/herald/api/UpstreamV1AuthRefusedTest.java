package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The real-provider mode pointed at the in-process sandbox with a wrong v1 key. */
@QuarkusTest
@TestProfile(UpstreamV1AuthRefusedTest.WrongApiKey.class)
class UpstreamV1AuthRefusedTest {

    static final String API_KEY = "wrong-v1-key-2342";

    /** v1, a key the sandbox does not accept. */
    public static class WrongApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.mode", "insider", "herald.upstream.api-version", "v1",
                    "herald.upstream.base-url", "http://localhost:${quarkus.http.test-port:8081}/sandbox",
                    "herald.upstream.api-key", API_KEY);
        }
    }

    @Test
    void refusedApiKeyIs502UpstreamAuth() {
        int before = SandboxLog.bodies().size();

        Response answer = given().contentType(ContentType.JSON).body(EventsApiTest.REGISTERED).when()
                .post("/events/customer.registered");

        answer.then().statusCode(502).contentType("application/problem+json").header("Retry-After", nullValue())
                .body("code", equalTo("UPSTREAM_AUTH")).body("status", equalTo(502))
                .body("detail", equalTo("delivery failed: provider answered 401: unauthorized"))
                .body("notifications", hasSize(2)).body("notifications[0].name", equalTo("welcome-message"))
                .body("notifications[0].status", equalTo("failed"))
                .body("notifications[0].code", equalTo("UPSTREAM_AUTH"))
                .body("notifications[1].status", equalTo("skipped"));

        assertFalse(answer.asString().contains(API_KEY), answer.asString());
        List<JsonNode> after = SandboxLog.bodies();
        assertEquals(before + 1, after.size(), "one send request, refused, not retried");
        assertEquals("+905551234543",
                after.get(after.size() - 1).path("messages").path(0).path("phoneNumber").asText());
    }
}
