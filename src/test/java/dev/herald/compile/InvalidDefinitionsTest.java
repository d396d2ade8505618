package dev.herald.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The error catalog as data: {@code src/test/resources/invalid/<code>/} holds rules (and templates) that are wrong in
 * exactly one way, and {@code expected.txt} the exact problem lines, paths relative to the fixture folder.
 */
class InvalidDefinitionsTest {

    static final Path INVALID = Path.of("src/test/resources/invalid");

    @Test
    void everyCompileErrorCodeHasAFixture() {
        List<ErrorCode> missing = Arrays.stream(ErrorCode.values())
                .filter(code -> code.phase() == ErrorCode.Phase.COMPILE)
                .filter(code -> !Files.isRegularFile(fixture(code).resolve("expected.txt"))).toList();
        assertEquals(List.of(), missing, "compile error codes without an invalid fixture");
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureReportsItsCodeLineAndMessage() {
        return Arrays.stream(ErrorCode.values()).filter(code -> code.phase() == ErrorCode.Phase.COMPILE)
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> check(code)));
    }

    private static void check(ErrorCode code) throws IOException {
        Path dir = fixture(code);
        DefinitionsException failure = assertThrows(DefinitionsException.class,
                () -> DefinitionCompiler.compile(dir.resolve("rules"), dir.resolve("templates")));
        String prefix = dir.toString().replace('\\', '/') + "/";
        List<String> actual = failure.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertEquals(expected, actual);
        assertTrue(failure.problems().stream().anyMatch(p -> p.code() == code), "no " + code + " among " + actual);
        assertTrue(failure.getMessage().startsWith("Herald found " + expected.size()), failure.getMessage());
    }

    private static Path fixture(ErrorCode code) {
        return INVALID.resolve(code.name().toLowerCase(Locale.ROOT));
    }
}
