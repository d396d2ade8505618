package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application (the jar, or the native executable in the native suite) on broken definitions: it must
 * refuse to start, exit non-zero and print every problem as {@code path:line:column: CODE: message}, without a stack
 * trace.
 */
class StartupRefusalIT {

    @Test
    void refusesToStartOnBrokenRulesAndPrintsEveryProblemWithoutStackTrace() throws Exception {
        Path rules = Files.createTempDirectory("broken-rules");
        Files.writeString(rules.resolve("a.yaml"), """
                notifications:
                  - name: order-shipped
                    tirgger: order.shipped
                    to: "{event.phone}"
                    text: {body: "hi"}
                """);
        Files.writeString(rules.resolve("b.yaml"), """
                notifications:
                  - name: Welcome
                    trigger: customer.registered
                    to: "{evnt.phone}"
                    text: {body: "hi"}
                """);
        Packaged.Result result = run("-Dherald.rules-dir=" + rules, "-Dherald.templates-dir=templates",
                "-Dquarkus.http.port=0", "-Dherald.upstream.mode=sandbox");
        assertEquals(1, result.status(), result.output());
        String prefix = rules.toString();
        assertTrue(
                result.output().contains(
                        prefix + "/a.yaml:2:5: MISSING_KEY: notification \"order-shipped\" has no \"trigger\""),
                result.output());
        assertTrue(result.output().contains(prefix + "/a.yaml:3:5: UNKNOWN_KEY: unknown key \"tirgger\""),
                result.output());
        assertTrue(result.output().contains(prefix + "/b.yaml:2:11: INVALID_NAME"), result.output());
        assertTrue(result.output().contains(prefix + "/b.yaml:4:9: UNKNOWN_VARIABLE"), result.output());
        assertFalse(result.output().contains("\tat "), "no stack trace expected:\n" + result.output());
    }

    @Test
    void productionProfileRefusesToStartWithoutUpstreamAndSaysWhatToSet() throws Exception {
        Packaged.Result result = run("-Dquarkus.http.port=0");
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("HERALD_UPSTREAM_MODE"), result.output());
        assertFalse(result.output().contains("\tat "), "no stack trace expected:\n" + result.output());
    }

    @Test
    void startsOnTheSampleDefinitions() throws Exception {
        Path log = Files.createTempFile("herald-start", ".log");
        Process process = new ProcessBuilder(
                Packaged.command(List.of("-Dherald.upstream.mode=sandbox", "-Dquarkus.http.port=0")))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && System.nanoTime() < deadline
                    && !Files.readString(log, StandardCharsets.UTF_8).contains("Installed features")) {
                Thread.sleep(100);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(process.isAlive(), output);
            assertTrue(output.contains("Installed features"), output);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Packaged.Result run(String... properties) throws IOException, InterruptedException {
        return Packaged.run(List.of(properties), Map.of());
    }
}
