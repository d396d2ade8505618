package dev.herald.preview;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Production default: no preview page unless {@code herald.preview.enabled=true}. */
@QuarkusTest
@TestProfile(PreviewDisabledTest.PreviewOff.class)
class PreviewDisabledTest {

    /** As in production. */
    public static class PreviewOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.preview.enabled", "false");
        }
    }

    @Test
    void thePageIsNotServed() {
        given().when().get("/preview").then().statusCode(404);
        given().formParam("trigger", "customer.registered").formParam("event", "{}").when().post("/preview").then()
                .statusCode(404);
    }
}
