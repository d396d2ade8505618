package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The sample definitions (top-level {@code rules/} and {@code templates/}) delivered through the v1 envelope to the
 * in-process sandbox, including a message Herald accepts but the provider refuses.
 */
@QuarkusTest
@TestProfile(V1DeliveryTest.SamplesOverV1.class)
class V1DeliveryTest {

    /** The sample definitions, the sandbox speaking v1. */
    public static class SamplesOverV1 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.api-version", "v1", "herald.rules-dir", "rules", "herald.templates-dir",
                    "templates");
        }
    }

    static final Path EVENTS = Path.of("src/test/resources/events");
    static final Path EXPECTED = Path.of("src/test/resources/e2e/expected");

    @Test
    void slotQuestionIsSentAsAV1InteractiveMessage() throws IOException {
        int before = SandboxLog.bodies().size();

        given().contentType(ContentType.JSON).body(event("delivery.slot_needed")).when()
                .post("/events/delivery.slot_needed").then().statusCode(200)
                .body("trigger", equalTo("delivery.slot_needed")).body("notifications", hasSize(1))
                .body("notifications[0].name", equalTo("delivery-slot"))
                .body("notifications[0].status", equalTo("sent")).body("notifications[0].keys", hasSize(1))
                .body("notifications[0].keys[0]", startsWith("whatsapp-"));

        List<JsonNode> after = SandboxLog.bodies();
        assertEquals(before + 1, after.size(), "exactly one upstream request");
        JsonNode expected = SandboxLog.json(Files.readString(EXPECTED.resolve("delivery.slot_needed-v1.json")));
        assertEquals(expected, after.get(after.size() - 1));
    }

    @Test
    void orderShippedInV1CarriesTheDeterministicLanguagePolicy() throws IOException {
        int before = SandboxLog.bodies().size();

        given().contentType(ContentType.JSON).body(event("order.shipped")).when().post("/events/order.shipped").then()
                .statusCode(200).body("notifications", hasSize(1))
                .body("notifications[0].name", equalTo("order-shipped"))
                .body("notifications[0].status", equalTo("sent")).body("notifications[0].language", equalTo("tr"))
                .body("notifications[0].keys[0]", startsWith("whatsapp-"));

        List<JsonNode> after = SandboxLog.bodies();
        assertEquals(before + 1, after.size(), "exactly one upstream request");
        JsonNode request = after.get(after.size() - 1);
        assertEquals("+905321112233", request.path("messages").path(0).path("phoneNumber").asText());
        assertEquals(SandboxLog.json("{\"code\": \"tr\", \"policy\": \"deterministic\"}"),
                request.path("messages").path(0).path("message").path("template").path("language"));
    }

    /**
     * Herald checks header and body text parameters for Meta's 132018 rule (no tab, newline or 5 spaces) but not the
     * suffix of a url button; the provider (sandbox) checks every text parameter and answers 400 with code 2002.
     */
    @Test
    void providerValidationRefusalIs422UpstreamRejected() throws IOException {
        String withTab = event("order.shipped").replace("\"ORD-12345-7f3a\"", "\"ORD-12345\\t7f3a\"");
        int before = SandboxLog.bodies().size();

        given().contentType(ContentType.JSON).body(withTab).when().post("/events/order.shipped").then().statusCode(422)
                .contentType("application/problem+json").header("Retry-After", nullValue())
                .body("code", equalTo("UPSTREAM_REJECTED")).body("status", equalTo(422))
                .body("type", equalTo("https://herald.dev/problems/upstream-rejected"))
                .body("detail",
                        equalTo("delivery failed: provider answered 400 (code 2002): failed to validate request"))
                .body("trigger", equalTo("order.shipped")).body("notifications", hasSize(1))
                .body("notifications[0].name", equalTo("order-shipped"))
                .body("notifications[0].status", equalTo("failed"))
                .body("notifications[0].code", equalTo("UPSTREAM_REJECTED"))
                .body("notifications[0].detail", containsString("2002"));

        List<JsonNode> after = SandboxLog.bodies();
        assertEquals(before + 1, after.size(), "the request reached the provider once");
        assertEquals("ORD-12345\t7f3a", after.get(after.size() - 1).path("messages").path(0).path("message")
                .path("template").path("components").path(2).path("parameters").path(0).path("text").asText());
    }

    private static String event(String trigger) throws IOException {
        return Files.readString(EVENTS.resolve(trigger + ".json"));
    }
}
