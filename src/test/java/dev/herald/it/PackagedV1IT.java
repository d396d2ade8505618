package dev.herald.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The v1 API end to end against the packaged application (production profile, built-in sandbox): the provider's v1
 * reply-button sample, sent exactly, with the key header.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedV1IT.ProductionWithSandboxV1.class)
class PackagedV1IT {

    /** v1 and the golden definition of the provider's v1 sample. */
    public static class ProductionWithSandboxV1 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.mode", "sandbox", "herald.upstream.api-version", "v1", "herald.rules-dir",
                    "src/test/resources/golden/v1-provider-sample");
        }
    }

    @BeforeEach
    void forgetWhatTheSandboxReceived() {
        given().delete("/sandbox/requests").then().statusCode(204);
    }

    @Test
    void theProvidersV1SampleIsSentExactly() {
        given().contentType(ContentType.JSON).body(Resources.text("golden/v1-provider-sample/event.json")).when()
                .post("/events/golden.v1-provider-sample").then().statusCode(200)
                .body("notifications[0].status", equalTo("sent"))
                .body("notifications[0].keys[0]", startsWith("whatsapp-"));

        assertEquals(List.of(Resources.compactJson("golden/v1-provider-sample/expected-v1.json")),
                SandboxRequests.bodies());
        given().when().get("/sandbox/requests").then().body("[0].api", equalTo("v1"));
    }
}
