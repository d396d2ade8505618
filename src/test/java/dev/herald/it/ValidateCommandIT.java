package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code validate} on the packaged application (the jar, or the native executable in the native suite): plain Java, no
 * Quarkus start (no banner, no log, no HTTP port), one summary line, status 0 on the samples and 1 on broken
 * definitions.
 */
class ValidateCommandIT {

    @Test
    void validatesTheSamplesWithOneSummaryLineAndNoServerStartup() throws Exception {
        Packaged.Result result = run("validate");

        assertEquals(0, result.status(), result.output());
        List<String> lines = result.output().lines().toList();
        assertEquals(1, lines.size(), result.output());
        assertTrue(
                lines.get(0)
                        .matches("validate: 6 notifications, \\d+ fixture tests: \\d+ passed, 0 failed \\(\\d+ ms\\)"),
                result.output());
    }

    @Test
    void brokenDefinitionsExitWithStatusOneAndEveryProblemLine() throws Exception {
        Packaged.Result result = run("validate", "--rules", "src/test/resources/invalid/unknown_key/rules",
                "--templates", "templates");

        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().startsWith(
                "src/test/resources/invalid/unknown_key/rules/orders.yaml:3:5: UNKNOWN_KEY: unknown key \"tirgger\""),
                result.output());
        assertTrue(!result.output().contains("Listening on") && !result.output().contains("\tat "), result.output());
    }

    private static Packaged.Result run(String... args) throws Exception {
        return Packaged.run(List.of(), Map.of(), args);
    }
}
