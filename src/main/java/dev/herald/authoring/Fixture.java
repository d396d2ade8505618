package dev.herald.authoring;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.definition.Location;
import dev.herald.upstream.ApiVersion;

/** One test case of a {@code *.test.yaml} file: an event for a trigger and what each named notification must make. */
record Fixture(String name, Location location, String trigger, Location triggerAt, JsonNode event,
        ApiVersion apiVersion, List<Expectation> expectations) {

    /** What one notification must make of the event. */
    record Expectation(String notification, Location location, Kind kind, String language, String to, JsonNode message,
            JsonNode request, boolean exact, String skipped, String error) {
    }

    /** Which outcome is expected. */
    enum Kind {
        READY, SKIPPED, ERROR
    }
}
