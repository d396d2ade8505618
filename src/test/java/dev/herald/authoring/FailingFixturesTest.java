package dev.herald.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Deliberately wrong fixtures under {@code src/test/resources/fixtures-failing/}: {@code validate} prints exactly the
 * lines of {@code expected.txt}, then the summary, and exits 1.
 */
class FailingFixturesTest {

    static final Path DIR = Path.of("src/test/resources/fixtures-failing");

    @Test
    void validatePrintsEveryFailureWithItsLineAndDiffThenTheSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ValidateCommand.run(
                List.of("--rules", DIR.resolve("rules").toString(), "--templates", DIR.resolve("templates").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = Files.readAllLines(DIR.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(String.join("\n", expected), String.join("\n", lines.subList(0, lines.size() - 1)));
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("validate: 1 notification, 10 fixture tests: 1 passed, 4 failed, 5 not run; "
                + "10 problems \\(\\d+ ms\\)"), summary);
    }

    @Test
    void theSamplesValidateWithStatusZeroAndOneSummaryLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateCommand.run(List.of("--rules", "rules", "--templates", "templates"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, status, String.join("\n", lines));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(
                lines.get(0).matches(
                        "validate: 6 notifications, \\d+ fixture tests: (\\d+) passed, 0 failed \\(\\d+ ms\\)"),
                lines.get(0));
    }

    @Test
    void brokenDefinitionsAreReportedAndFixturesNotRun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path invalid = Path.of("src/test/resources/invalid/unknown_key");
        int status = ValidateCommand.run(
                List.of("--rules", invalid.resolve("rules").toString(), "--templates", "templates"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, status);
        assertTrue(lines.get(0).startsWith(
                "src/test/resources/invalid/unknown_key/rules/orders.yaml:3:5: UNKNOWN_KEY: unknown key \"tirgger\""),
                lines.get(0));
        assertTrue(
                lines.get(lines.size() - 1)
                        .matches("validate: \\d+ problems?; the definitions do not compile \\(\\d+ ms\\)"),
                lines.get(lines.size() - 1));
    }

    @Test
    void anUnknownArgumentIsAUsageErrorWithStatusTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ValidateCommand.run(List.of("--rule", "x"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals(List.of("validate: unexpected argument \"--rule\"", ValidateCommand.USAGE),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
