package dev.herald.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, OpenAPI. */
@QuarkusTest
class QuarkusConventionsTest {

    @Test
    void healthIsUpWithDefinitionsAndUpstreamMode() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("definitions"))
                .body("checks.find { it.name == 'definitions' }.data.upstream-mode", equalTo("sandbox"))
                .body("checks.find { it.name == 'definitions' }.data.notifications", equalTo(3));
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/events/{trigger}/preview")).body(containsString("/definitions"));
    }
}
