package dev.herald.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SandboxResourceTest {

    static final String KEYS_OF_ONE = "\\{\"keys\":\\[\"whatsapp-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}"
            + "-[0-9a-f]{12}\"]}";
    static final String UNAUTHORIZED = "{\"message\":\"unauthorized\"}";
    static final String UNDECODABLE = "{\"message\":\"failed to validate request\","
            + "\"error\":{\"message\":\"failed to validate request\",\"code\":\"2001\"}}";

    @Inject
    SandboxConfig config;

    @BeforeEach
    void clearLog() {
        given().delete("/sandbox/requests").then().statusCode(204);
    }

    static String token() {
        return given().auth().preemptive().basic("sandbox-client", "sandbox-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(200)
                .contentType(ContentType.JSON).body("token_type", equalTo("Bearer"), "expires_in", equalTo(5400))
                .extract().path("access_token");
    }

    @Test
    void acceptsTheProvidersV1SampleWithTheKeyInALowerCaseHeader() {
        given().header("x-ins-auth-key", "sandbox-key").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send").then().statusCode(200)
                .contentType(ContentType.JSON).body(matchesPattern(KEYS_OF_ONE));
    }

    @Test
    void acceptsTheProvidersV2SampleWithAClientCredentialsToken() {
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(Json.resource("sandbox/v2-sample.json"))
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(200)
                .body(matchesPattern(KEYS_OF_ONE));
    }

    @Test
    void issuesTokensForClientSecretPost() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "sandbox-client").formParam("client_secret", "sandbox-secret")
                .post("/sandbox/oauth2/token").then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"));
    }

    @Test
    void refusesBadClientCredentialsAndGrants() {
        given().auth().preemptive().basic("sandbox-client", "wrong").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/sandbox/oauth2/token").then().statusCode(401)
                .body(equalTo("{\"error\":\"invalid_client\"}"));
        given().auth().preemptive().basic("sandbox-client", "sandbox-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "authorization_code").post("/sandbox/oauth2/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"unsupported_grant_type\"}"));
    }

    @Test
    void refusesAWrongOrMissingV1Key() {
        given().header("X-INS-AUTH-KEY", "INS.1a2b3c4d5e6f").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send").then().statusCode(401)
                .body(equalTo(UNAUTHORIZED));
        given().contentType(ContentType.JSON).body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send")
                .then().statusCode(401).body(equalTo(UNAUTHORIZED));
    }

    @Test
    void refusesV2WithoutBearerOrWithAnUnknownToken() {
        given().contentType(ContentType.JSON).body(Json.resource("sandbox/v2-sample.json"))
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(401).body(equalTo(UNAUTHORIZED));
        given().auth().oauth2("never-issued").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v2-sample.json")).post("/sandbox/v2/transactional/messages/send").then()
                .statusCode(401).body(equalTo(UNAUTHORIZED));
        given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v2-sample.json")).post("/sandbox/v2/transactional/messages/send").then()
                .statusCode(401).body(equalTo(UNAUTHORIZED));
    }

    @Test
    void answers2001ForMalformedJson() {
        given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON).body("{\"messages\": [")
                .post("/sandbox/v1/send").then().statusCode(400).body(equalTo(UNDECODABLE));
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("[]")
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(400).body(equalTo(UNDECODABLE));
    }

    @Test
    void answers2002WithADetailNamingTheFailedCheck() {
        String body = Json.text("{'from':'+905551234567','messages':[{'phone_number':'+905559876543',"
                + "'message':{'type':'text','text':{'body':'" + "x".repeat(4097) + "'}}}]}");

        given().auth().oauth2(token()).contentType(ContentType.JSON).body(body)
                .post("/sandbox/v2/transactional/messages/send").then().statusCode(400)
                .body(equalTo("{\"message\":\"failed to validate request\","
                        + "\"detail\":\"messages[0].message.text.body: length 4097 exceeds 4096\","
                        + "\"error\":{\"message\":\"failed to validate request\",\"code\":\"2002\"}}"));
    }

    @Test
    void listsReceivedRequestsInArrivalOrderAndClears() {
        given().header("X-INS-AUTH-KEY", "sandbox-key").contentType(ContentType.JSON)
                .body(Json.resource("sandbox/v1-sample.json")).post("/sandbox/v1/send");
        given().header("X-INS-AUTH-KEY", "wrong").contentType(ContentType.JSON).body("{\"messages\":[]}")
                .post("/sandbox/v1/send");
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(Json.resource("sandbox/v2-sample.json"))
                .post("/sandbox/v2/transactional/messages/send");

        given().get("/sandbox/requests").then().statusCode(200).contentType(ContentType.JSON).body("$", hasSize(3))
                .body("api", contains("v1", "v1", "v2")).body("status", contains(200, 401, 200))
                .body("[0].body.messages[0].phoneNumber", equalTo("+15551234567")).body("[0].keys", hasSize(1))
                .body("[0].keys[0]", matchesPattern("whatsapp-[0-9a-f-]{36}"))
                .body("[1].body", equalTo(Map.of("messages", List.of()))).body("[1].keys", hasSize(0))
                .body("[2].body.from", equalTo("+905551234567"))
                .body("[2].received_at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        given().queryParam("limit", 1).get("/sandbox/requests").then().statusCode(200).body("$", hasSize(1))
                .body("[0].api", equalTo("v2"));

        given().delete("/sandbox/requests").then().statusCode(204);
        given().get("/sandbox/requests").then().statusCode(200).body(equalTo("[]"));
    }

    @Test
    void refusesANegativeLimit() {
        given().queryParam("limit", -1).get("/sandbox/requests").then().statusCode(400)
                .body(equalTo("{\"message\":\"limit must not be negative\"}"));
    }

    @Test
    void configurationNeverPrintsSecrets() {
        String text = config.toString() + " " + config.settings();

        assertFalse(text.contains("sandbox-key"), text);
        assertFalse(text.contains("sandbox-secret"), text);
    }
}
