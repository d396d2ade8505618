package dev.herald.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The HTTP API end to end against the packaged application in the production profile, started as the README says
 * ({@code HERALD_UPSTREAM_MODE=sandbox}): the jar in {@code verify}, the native executable in the native suite, so both
 * builds answer the same. Sample definitions of {@code rules/}, v2, the built-in sandbox as upstream, the preview page
 * switched on.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedV2IT.ProductionWithSandbox.class)
class PackagedV2IT {

    static final String CALLBACK_TOKEN = "it-callback-token";

    /** The production profile with the built-in emulator as its upstream, and a callback token. */
    public static class ProductionWithSandbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.mode", "sandbox", "herald.callbacks.token", CALLBACK_TOKEN,
                    "herald.preview.enabled", "true");
        }
    }

    static final String REGISTERED = Resources.text("events/customer.registered.json");

    @BeforeEach
    void forgetWhatTheSandboxReceived() {
        given().delete("/sandbox/requests").then().statusCode(204);
    }

    @Test
    void theProvidersV2SampleIsSentExactly() {
        String event = "{\"customer\": {\"id\": \"user-uuid-123\", \"phone\": \"+905559876543\", \"first_name\": "
                + "\"Ahmet\"}}";
        given().contentType(ContentType.JSON).body(event).when().post("/events/customer.registered").then()
                .statusCode(200).body("notifications", hasSize(1)).body("notifications[0].status", equalTo("sent"))
                .body("notifications[0].keys[0]", startsWith("whatsapp-"))
                .body("notifications[0].language", equalTo("tr"));

        assertEquals(List.of(Resources.compactJson("golden/v2-provider-sample/expected-v2.json")),
                SandboxRequests.bodies());
    }

    @Test
    void previewShowsTheExactRequestAndSendsNothing() {
        given().contentType(ContentType.JSON).body(Resources.text("events/order.shipped.json")).when()
                .post("/events/order.shipped/preview").then().statusCode(200)
                .body("notifications[0].name", equalTo("order-shipped"))
                .body("notifications[0].status", equalTo("ready")).body("notifications[0].language", equalTo("tr"))
                .body("notifications[0].request.messages[0].message.template.name", equalTo("order_shipped"))
                .body("notifications[0].rendered_text", containsString("Merhaba Mehmet, ORD-12345"));

        assertEquals(List.of(), SandboxRequests.bodies(), "a preview sends nothing");
    }

    @Test
    void missingValueIs422NamingExpressionAndLineAndNothingIsSent() {
        given().contentType(ContentType.JSON).body("{\"customer\": {\"id\": \"c-1\", \"first_name\": \"Ahmet\"}}")
                .when().post("/events/customer.registered").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("UNRESOLVABLE_EVENT"))
                .body("errors[0].code", equalTo("MISSING_VALUE"))
                .body("errors[0].expression", equalTo("{event.customer.phone}"))
                .body("errors[0].definition", equalTo("rules/welcome.yaml:15"));

        assertEquals(List.of(), SandboxRequests.bodies());
    }

    @Test
    void brokenLimitIs422WithFieldLimitLengthAndLine() {
        String event = Resources.text("events/delivery.slot_needed.json").replace("ORD-20240603-17", "X".repeat(60));
        given().contentType(ContentType.JSON).body(event).when().post("/events/delivery.slot_needed").then()
                .statusCode(422).body("code", equalTo("UNRESOLVABLE_EVENT"))
                .body("errors[0].code", equalTo("LIMIT_VIOLATION"))
                .body("errors[0].field", equalTo("interactive.header.text")).body("errors[0].limit", equalTo("60"))
                .body("errors[0].length", equalTo(66)).body("errors[0].definition", startsWith("rules/delivery.yaml:"));

        assertEquals(List.of(), SandboxRequests.bodies());
    }

    @Test
    void repeatWithTheSameIdempotencyKeyIsReplayedAndSendsNothing() {
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", "it-key-1").body(REGISTERED)
                .when().post("/events/customer.registered");
        first.then().statusCode(200);
        Response repeat = given().contentType(ContentType.JSON).header("Idempotency-Key", "it-key-1").body(REGISTERED)
                .when().post("/events/customer.registered");

        repeat.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), repeat.asString(), "the stored answer, byte for byte");
        assertEquals(1, SandboxRequests.bodies().size(), "the repeat sent nothing");
    }

    @Test
    void callbackUpdatesTheStatusThatTheLookupShows() {
        String key = given().contentType(ContentType.JSON).body(REGISTERED).when().post("/events/customer.registered")
                .then().statusCode(200).extract().path("notifications[0].keys[0]");

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + CALLBACK_TOKEN)
                .body("{\"id\": \"wamid.1\", \"status\": \"delivered\", \"timestamp\": \""
                        + (Instant.now().getEpochSecond() + 1) + "\", \"key\": \"" + key + "\"}")
                .when().post("/callbacks/whatsapp").then().statusCode(200).body("updates", equalTo(1));

        given().when().get("/messages/" + key).then().statusCode(200).body("key", equalTo(key))
                .body("notification", equalTo("welcome-message")).body("status", equalTo("delivered"))
                .body("history.status", equalTo(List.of("sent", "delivered")));
    }

    @Test
    void previewPageDrawsTheBubbleFromTheMirror() {
        given().contentType(ContentType.URLENC).formParam("trigger", "order.shipped")
                .formParam("event", Resources.text("events/order.shipped.json")).when().post("/preview").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-name=\"order-shipped\" data-status=\"ready\""))
                .body(containsString("Merhaba Mehmet, ORD-12345 numaralı siparişiniz (1.499,99 TL) yola çıktı."));
    }

    @Test
    void readinessReportsTheSandboxUpstream() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'definitions' }.data.upstream-mode", equalTo("sandbox"));
    }
}
