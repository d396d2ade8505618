package dev.herald.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(SandboxTokenExpiryTest.TwoSecondTokens.class)
class SandboxTokenExpiryTest {

    /** Tokens that live two seconds, and other credentials than the defaults. */
    public static class TwoSecondTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.sandbox.token-lifetime", "PT2S", "herald.sandbox.client-id", "load-test",
                    "herald.sandbox.client-secret", "s3cret");
        }
    }

    @Test
    void refusesATokenOnceItHasExpired() throws InterruptedException {
        // warm the send path up first, so that the token's two seconds are not spent on class loading
        given().auth().oauth2("warm-up").contentType(ContentType.JSON).body(Json.resource("sandbox/v2-sample.json"))
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(401);
        String token = given().auth().preemptive().basic("load-test", "s3cret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(200)
                .body("expires_in", equalTo(2)).extract().path("access_token");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.resource("sandbox/v2-sample.json"))
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(200);
        Thread.sleep(2100);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.resource("sandbox/v2-sample.json"))
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(401)
                .body(equalTo("{\"message\":\"unauthorized\"}"));
    }
}
