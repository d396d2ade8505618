package dev.herald.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** {@code herald.reload=true} on a temporary copy of a rule: edits, a broken edit, and the fix, without a restart. */
@QuarkusTest
@TestProfile(LiveReloadTest.Reloading.class)
class LiveReloadTest {

    static final Path ROOT;
    static final Path RULE;
    static {
        try {
            ROOT = Files.createTempDirectory("herald-reload-");
            Files.createDirectories(ROOT.resolve("rules"));
            Files.createDirectories(ROOT.resolve("templates"));
            RULE = ROOT.resolve("rules/notes.yaml");
            write("Note: {event.note}", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Live reload on, definitions in a temporary folder. */
    public static class Reloading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.reload", "true", "herald.rules-dir", ROOT.resolve("rules").toString(),
                    "herald.templates-dir", ROOT.resolve("templates").toString());
        }
    }

    @Test
    void editsAreServedWithoutRestartAndBrokenEditsFailUntilFixed() throws Exception {
        preview().statusCode(200).body("notifications[0].request.messages[0].message.text.body", equalTo("Note: hi"));

        write("Changed: {event.note}", 1);
        Thread.sleep(EngineHolder.RELOAD_INTERVAL.toMillis() + 100);
        preview().statusCode(200).body("notifications[0].request.messages[0].message.text.body",
                equalTo("Changed: hi"));

        write("Broken: {evnt.note}", 2);
        Thread.sleep(EngineHolder.RELOAD_INTERVAL.toMillis() + 100);
        preview().statusCode(500).contentType("application/problem+json").body("code", equalTo("INVALID_DEFINITIONS"))
                .body("detail", allOf(containsString("notes.yaml:5:18: UNKNOWN_VARIABLE"),
                        containsString("\"evnt\" is not defined")));
        given().when().get("/definitions").then().statusCode(500).body("code", equalTo("INVALID_DEFINITIONS"));
        given().when().get("/preview").then().statusCode(200)
                .body(allOf(containsString("INVALID_DEFINITIONS"), containsString("UNKNOWN_VARIABLE")));

        write("Fixed: {event.note}", 3);
        Thread.sleep(EngineHolder.RELOAD_INTERVAL.toMillis() + 100);
        preview().statusCode(200).body("notifications[0].request.messages[0].message.text.body", equalTo("Fixed: hi"));
    }

    private static io.restassured.response.ValidatableResponse preview() {
        return given().contentType(ContentType.JSON).body("{\"phone\": \"+905551112233\", \"note\": \"hi\"}").when()
                .post("/events/note.posted/preview").then();
    }

    private static void write(String body, int generation) throws IOException {
        Files.writeString(RULE, """
                notifications:
                  - name: note-echo
                    trigger: note.posted
                    to: "{event.phone}"
                    text: {body: "%s"}
                """.formatted(body));
        Files.setLastModifiedTime(RULE, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(generation)));
    }
}
