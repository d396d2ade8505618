package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The events API against the e2e definitions and the in-process sandbox (v2). */
@QuarkusTest
class EventsApiTest {

    static final String REGISTERED = """
            {"id": "evt-1", "customer": {"id": "c-42", "phone": "+905551234543", "first_name": "Ayşe", "vip": false}}
            """;

    static final String EXPECTED_UPSTREAM_BODY = """
            {"from": "+905551234567",
             "messages": [{"phone_number": "+905551234543", "user_id": "c-42",
               "message": {"type": "template",
                 "template": {"name": "welcome_message", "language": {"code": "tr", "policy": "deterministic"},
                   "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ayşe"}]}]}}}]}
            """;

    @Test
    void firingAnEventSendsTheTemplateAndSkipsTheVipNote() {
        int before = SandboxLog.bodies().size();

        given().contentType(ContentType.JSON).body(REGISTERED).when().post("/events/customer.registered").then()
                .statusCode(200).body("trigger", equalTo("customer.registered")).body("event_id", equalTo("evt-1"))
                .body("notifications", hasSize(2)).body("notifications[0].name", equalTo("welcome-message"))
                .body("notifications[0].status", equalTo("sent"))
                .body("notifications[0].keys[0]", startsWith("whatsapp-"))
                .body("notifications[0].language", equalTo("tr")).body("notifications[1].name", equalTo("vip-welcome"))
                .body("notifications[1].status", equalTo("skipped"))
                .body("notifications[1].reason", containsString("event.customer.vip"));

        List<JsonNode> after = SandboxLog.bodies();
        assertEquals(before + 1, after.size(), "exactly one upstream request");
        assertEquals(SandboxLog.json(EXPECTED_UPSTREAM_BODY), after.get(after.size() - 1));
    }

    @Test
    void eventIdFallsBackToIdempotencyKey() {
        String noId = REGISTERED.replace("\"id\": \"evt-1\", ", "");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "idem-7").body(noId).when()
                .post("/events/customer.registered").then().statusCode(200).body("event_id", equalTo("idem-7"));
    }

    @Test
    void previewShowsTheExactRequestAndSendsNothing() {
        int before = SandboxLog.bodies().size();

        String answer = given().contentType(ContentType.JSON).body(REGISTERED).when()
                .post("/events/customer.registered/preview").then().statusCode(200)
                .body("notifications[0].status", equalTo("ready")).body("notifications[0].language", equalTo("tr"))
                .body("notifications[0].parameters.expression", hasItem(containsString("event.customer.first_name")))
                .body("notifications[0].parameters.value", hasItem("Ayşe"))
                .body("notifications[0].rendered_text", containsString("Ayşe"))
                .body("notifications[1].status", equalTo("skipped")).extract().asString();
        JsonNode request = SandboxLog.json(answer).path("notifications").path(0).path("request");

        assertEquals(SandboxLog.json(EXPECTED_UPSTREAM_BODY), request);
        assertEquals(before, SandboxLog.bodies().size(), "preview sends nothing");
    }

    @Test
    void malformedBodyIs400() {
        given().contentType(ContentType.JSON).body("{\"customer\": ").when().post("/events/customer.registered").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"))
                .body("type", equalTo("https://herald.dev/problems/malformed-json"))
                .body("instance", equalTo("/events/customer.registered"));
        given().contentType(ContentType.JSON).body("[1, 2]").when().post("/events/customer.registered").then()
                .statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().contentType(ContentType.JSON).body("{} {}").when().post("/events/customer.registered/preview").then()
                .statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        // read as fixtures read events: a duplicate key is refused, not silently the last one
        given().contentType(ContentType.JSON).body("{\"customer\": {}, \"customer\": {}}").when()
                .post("/events/customer.registered").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"))
                .body("detail", containsString("Duplicate field 'customer'"));
    }

    @Test
    void unknownTriggerIs404() {
        given().contentType(ContentType.JSON).body("{}").when().post("/events/order.shiped").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("UNKNOWN_TRIGGER"))
                .body("status", equalTo(404)).body("detail", containsString("order.shiped"));
        given().contentType(ContentType.JSON).body("{}").when().post("/events/order.shiped/preview").then()
                .statusCode(404).body("code", equalTo("UNKNOWN_TRIGGER"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "{\"pad\": \"" + "x".repeat(20_000) + "\"}";
        given().contentType(ContentType.JSON).body(big).when().post("/events/customer.registered").then()
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("BODY_TOO_LARGE"));
    }

    @Test
    void missingValueIs422WithDefinitionAndExpressionAndNothingIsSent() {
        int before = SandboxLog.bodies().size();
        given().contentType(ContentType.JSON).body("{\"customer\": {\"id\": \"c-1\", \"phone\": \"+905551234543\"}}")
                .when().post("/events/customer.registered").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("UNRESOLVABLE_EVENT"))
                .body("errors[0].notification", equalTo("welcome-message"))
                .body("errors[0].code", equalTo("MISSING_VALUE"))
                .body("errors[0].definition", containsString("customers.yaml:"))
                .body("errors[0].expression", containsString("event.customer.first_name"));
        assertEquals(before, SandboxLog.bodies().size(), "nothing sent");
    }

    @Test
    void textOverTheLimitIs422() {
        String note = "{\"phone\": \"+905551234543\", \"note\": \"" + "n".repeat(4097) + "\"}";
        given().contentType(ContentType.JSON).body(note).when().post("/events/note.posted").then().statusCode(422)
                .body("code", equalTo("UNRESOLVABLE_EVENT")).body("errors[0].notification", equalTo("note-echo"))
                .body("errors[0].code", equalTo("LIMIT_VIOLATION"))
                .body("errors[0].definition", equalTo("src/test/resources/e2e/rules/notes.yaml:7"))
                .body("errors[0].field", equalTo("text.body")).body("errors[0].limit", equalTo("4096"))
                .body("errors[0].length", equalTo(4097));
    }

    @Test
    void definitionsAreListed() {
        given().when().get("/definitions").then().statusCode(200).body("notifications", hasSize(3))
                .body("notifications.name", hasItem("welcome-message"))
                .body("notifications.find { it.name == 'welcome-message' }.trigger", equalTo("customer.registered"))
                .body("notifications.find { it.name == 'welcome-message' }.template", equalTo("welcome_message"))
                .body("notifications.find { it.name == 'welcome-message' }.source", containsString("customers.yaml:"));
    }

    @Test
    void unknownPathIs404Problem() {
        given().when().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("type", notNullValue()).body("instance", equalTo("/no-such-thing"));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().when().delete("/definitions").then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void problemsNeverCarryAStackTrace() {
        given().contentType(ContentType.JSON).body("nope").when().post("/events/customer.registered").then()
                .statusCode(400).body("stackTrace", nullValue()).body("detail", notNullValue());
    }
}
