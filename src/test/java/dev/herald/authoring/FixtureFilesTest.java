package dev.herald.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.herald.message.MessageValidator;
import dev.herald.resolve.NotificationEngine;

/**
 * The build runs every fixture file under the top-level {@code rules/}: one dynamic test per file for its validity and
 * one per case, failing with the same lines {@code validate} prints. Plain JUnit: no Quarkus.
 */
class FixtureFilesTest {

    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicNode> everySampleFixtureCasePasses() {
        NotificationEngine engine = NotificationEngine.compile(RULES, Path.of("templates"), MessageValidator.create());
        FixtureRunner runner = new FixtureRunner(engine);
        List<Path> files = ValidateCommand.fixtureFiles(RULES);
        assertTrue(files.size() >= 4, "fixture files found: " + files);
        return files.stream().map(file -> {
            FixtureReader.Result read = FixtureReader.read(file, ValidateCommand.display(file));
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("is a valid fixture file",
                    () -> assertEquals(List.of(), read.problems().stream().map(Object::toString).toList())));
            for (Fixture fixture : read.fixtures()) {
                tests.add(DynamicTest.dynamicTest(fixture.name(), () -> {
                    FixtureRunner.CaseResult result = runner.run(fixture);
                    assertTrue(result.passed(), () -> result.findings().stream().flatMap(f -> f.lines().stream())
                            .collect(Collectors.joining("\n")));
                }));
            }
            return DynamicContainer.dynamicContainer(file.toString(), tests);
        });
    }

    @TestFactory
    Stream<DynamicTest> everySampleNotificationHasAFixtureCase() {
        NotificationEngine engine = NotificationEngine.compile(RULES, Path.of("templates"), MessageValidator.create());
        List<String> tested = ValidateCommand.fixtureFiles(RULES).stream()
                .flatMap(file -> FixtureReader.read(file, file.toString()).fixtures().stream())
                .flatMap(fixture -> fixture.expectations().stream()).map(Fixture.Expectation::notification).toList();
        return engine.definitions().stream().map(info -> DynamicTest.dynamicTest(info.name(),
                () -> assertTrue(tested.contains(info.name()), info.name() + " has no fixture case")));
    }
}
