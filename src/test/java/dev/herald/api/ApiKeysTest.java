package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With {@code herald.api.keys} set, the engine API needs a known key; the sandbox and health stay open. */
@QuarkusTest
@TestProfile(ApiKeysTest.WithKeys.class)
class ApiKeysTest {

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.api.keys", "key-one,key-two");
        }
    }

    @Test
    void noKeyIs401WithChallenge() {
        given().when().get("/definitions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void unknownKeyIs403AndTheKeyIsNotEchoed() {
        given().header("X-API-Key", "key-three").contentType(ContentType.JSON).body("{}").when()
                .post("/events/customer.registered/preview").then().statusCode(403).body("code", equalTo("FORBIDDEN"))
                .body(not(containsString("key-three")));
    }

    @Test
    void knownKeyInHeaderOrBearerIsLetThrough() {
        given().header("X-API-Key", "key-two").when().get("/definitions").then().statusCode(200);
        given().header("Authorization", "Bearer key-one").when().get("/definitions").then().statusCode(200);
    }

    @Test
    void healthNeedsNoKey() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
