package dev.herald.sandbox;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(SandboxDisabledTest.Disabled.class)
class SandboxDisabledTest {

    /** Turns the sandbox off; the sandbox upstream then has to be another process's. */
    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.sandbox.enabled", "false", "herald.upstream.base-url", "http://localhost:1/sandbox");
        }
    }

    @Test
    void everySandboxPathAnswers404() {
        given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").post("/sandbox/v2/transactional/messages/send").then()
                .statusCode(404);
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/sandbox/oauth2/token").then().statusCode(404);
        given().get("/sandbox/requests").then().statusCode(404);
        given().delete("/sandbox/requests").then().statusCode(404);
        given().get("/sandbox").then().statusCode(404);
    }
}
