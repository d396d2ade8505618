package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code java -jar quarkus-run.jar validate} on the packaged application: plain Java, no Quarkus start (no banner, no
 * log, no HTTP port), one summary line, status 0 on the samples and 1 on broken definitions.
 */
class ValidateCommandIT {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void validatesTheSamplesWithOneSummaryLineAndNoServerStartup() throws Exception {
        Result result = run("validate");

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
        Result result = run("validate", "--rules", "src/test/resources/invalid/unknown_key/rules", "--templates",
                "templates");

        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().startsWith(
                "src/test/resources/invalid/unknown_key/rules/orders.yaml:3:5: UNKNOWN_KEY: unknown key \"tirgger\""),
                result.output());
        assertTrue(!result.output().contains("Listening on") && !result.output().contains("\tat "), result.output());
    }

    record Result(int status, String output) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
