package dev.herald.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what the in-process sandbox received, via {@code GET /sandbox/requests}. Accepts a bare array or
 * {@code {"requests": [...]}}, each entry either the body itself or an object with a {@code body} field.
 */
final class SandboxLog {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SandboxLog() {
    }

    /** Every request body the sandbox received, oldest first. */
    static List<JsonNode> bodies() {
        String json = given().accept("application/json").get("/sandbox/requests").then().statusCode(200).extract()
                .asString();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("GET /sandbox/requests is not JSON: " + json, e);
        }
        JsonNode entries = root.isArray() ? root : root.path("requests");
        List<JsonNode> bodies = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode body = entry.has("body") ? entry.get("body") : entry;
            if (body.isTextual()) {
                try {
                    body = MAPPER.readTree(body.asText());
                } catch (Exception notJson) {
                    // keep the text
                }
            }
            bodies.add(body);
        }
        return bodies;
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
