package dev.herald.it;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the application's built-in sandbox received ({@code GET /sandbox/requests}), as compact JSON texts. */
final class SandboxRequests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SandboxRequests() {
    }

    /** Every send request body received since the last {@code DELETE /sandbox/requests}, oldest first. */
    static List<String> bodies() {
        String json = given().accept("application/json").get("/sandbox/requests").then().statusCode(200).extract()
                .asString();
        try {
            List<String> bodies = new ArrayList<>();
            for (JsonNode request : MAPPER.readTree(json)) {
                bodies.add(request.path("body").toString());
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
