package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** v2 with a token URL where no token endpoint answers (404): Herald's configuration, 502, never the event's fault. */
@QuarkusTest
@TestProfile(TokenEndpointMissingTest.WrongTokenUrl.class)
class TokenEndpointMissingTest {

    /** The sandbox's client, but a token URL under /sandbox that does not exist. */
    public static class WrongTokenUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.upstream.token-url",
                    "http://localhost:${quarkus.http.test-port:8081}/sandbox/oauth2/no-such-endpoint");
        }
    }

    @Test
    void missingTokenEndpointIs502NamingTheTokenUrlAndNothingIsSent() {
        int before = SandboxLog.bodies().size();

        given().contentType(ContentType.JSON).body(EventsApiTest.REGISTERED).when().post("/events/customer.registered")
                .then().statusCode(502).contentType("application/problem+json").header("Retry-After", nullValue())
                .body("code", equalTo("UPSTREAM_AUTH"))
                .body("detail", containsString("/sandbox/oauth2/no-such-endpoint answered 404"))
                .body("detail", containsString("check herald.upstream.token-url (HERALD_UPSTREAM_TOKEN_URL"))
                .body("notifications[0].status", equalTo("failed"))
                .body("notifications[0].code", equalTo("UPSTREAM_AUTH"));

        assertEquals(before, SandboxLog.bodies().size(), "no send request without a token");
    }
}
