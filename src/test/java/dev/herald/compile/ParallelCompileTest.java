package dev.herald.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling on several threads reports exactly the problems, in exactly the order, of a sequential compilation: every
 * invalid fixture and every golden case side by side in one folder (so that there are problems in many files, mirrors
 * defined twice and rules checked against mirrors of other files).
 */
class ParallelCompileTest {

    @Test
    void parallelCompileReportsWhatASequentialOneReports(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        for (Path fixture : list(Path.of("src/test/resources/invalid"))) {
            copy(fixture.resolve("rules"), rules, fixture.getFileName() + "-");
            copy(fixture.resolve("templates"), templates, fixture.getFileName() + "-");
        }
        for (Path golden : list(Path.of("src/test/resources/golden"))) {
            if (Files.isRegularFile(golden.resolve("rules.yaml"))) {
                Files.copy(golden.resolve("rules.yaml"), rules.resolve(golden.getFileName() + ".yaml"));
            }
            copy(golden.resolve("templates"), templates, golden.getFileName() + "-");
        }
        List<String> sequential = problems(rules, templates, 1);
        assertTrue(sequential.size() > 40, "expected problems in many files, got " + sequential);
        for (int run = 0; run < 5; run++) {
            assertEquals(sequential, problems(rules, templates, 4), "run " + run);
        }
    }

    private static List<String> problems(Path rules, Path templates, int threads) {
        DefinitionsException failure = assertThrows(DefinitionsException.class,
                () -> DefinitionCompiler.compile(rules, templates, (phase, nanos) -> {
                }, threads));
        return failure.problems().stream().map(Object::toString).toList();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Copies the files of {@code from} (if it exists); YAML files get {@code prefix}, includes keep their name. */
    private static void copy(Path from, Path to, String prefix) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                Path target = to.resolve(name.endsWith(".yaml") ? prefix + name : name);
                if (!Files.exists(target)) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
