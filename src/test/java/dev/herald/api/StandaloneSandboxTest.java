package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The sandbox alone ({@code herald.engine.enabled=false}): no definitions needed, the engine API answers 404. */
@QuarkusTest
@TestProfile(StandaloneSandboxTest.SandboxOnly.class)
class StandaloneSandboxTest {

    public static class SandboxOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.engine.enabled", "false", "herald.rules-dir", "no-such-rules-dir");
        }
    }

    @Test
    void servesTheProviderApiWithoutDefinitions() {
        given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON).body(
                "{\"messages\":[{\"phoneNumber\":\"+15551234567\",\"message\":{\"type\":\"text\",\"text\":{\"body\":\"hi\"}}}]}")
                .when().post("/sandbox/v1/send").then().statusCode(200).body("keys", hasSize(1));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void engineApiIsNotServed() {
        given().contentType(ContentType.JSON).body("{}").when().post("/events/customer.registered").then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().when().get("/definitions").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
