package dev.herald.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.herald.compile.ErrorCode;

/**
 * The editor schemas in {@code schemas/} agree with the compiler: every sample, golden and fixture file validates, and
 * every invalid fixture whose code a schema can express is rejected by it. YAML is loaded with SnakeYAML and turned
 * into JSON with Jackson's {@code valueToTree}, as an editor's YAML language server sees it.
 */
class SchemasTest {

    static final Path SCHEMAS = Path.of("schemas");
    static final Path INVALID = Path.of("src/test/resources/invalid");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Compile codes a schema cannot express, and why. Every other compile code's invalid fixture must be rejected by
     * the schema.
     */
    static final Map<ErrorCode, String> SCHEMA_CANNOT = new TreeMap<>(Map.ofEntries(
            Map.entry(ErrorCode.YAML_SYNTAX, "the YAML does not parse; there is no document to validate"),
            Map.entry(ErrorCode.DUPLICATE_KEY, "a YAML loader keeps the last value; the document is valid JSON"),
            Map.entry(ErrorCode.DUPLICATE_NAME, "names must be unique across files"),
            Map.entry(ErrorCode.EXPRESSION_SYNTAX, "Qute syntax is not a regular language"),
            Map.entry(ErrorCode.UNKNOWN_VARIABLE, "needs the expression parser and its scope"),
            Map.entry(ErrorCode.INCLUDE_NOT_FOUND, "needs the files under templates/"),
            Map.entry(ErrorCode.UNKNOWN_TEMPLATE, "needs the mirrors under templates/"),
            Map.entry(ErrorCode.LANGUAGE_NOT_APPROVED, "needs the mirror of the template"),
            Map.entry(ErrorCode.PARAMETER_COUNT, "needs the mirror of the template"),
            Map.entry(ErrorCode.BUTTON_MISMATCH, "needs the mirror of the template"),
            Map.entry(ErrorCode.HEADER_FORMAT, "needs the mirror of the template"),
            Map.entry(ErrorCode.INVALID_MIRROR, "placeholder numbering {{1}}..{{n}} without gaps is not a pattern"),
            Map.entry(ErrorCode.NO_SUCH_DIRECTORY, "concerns a folder, not a file")));

    static final JsonSchema RULES = schema("rules.schema.json");
    static final JsonSchema TEMPLATES = schema("templates.schema.json");
    static final JsonSchema FIXTURES = schema("fixtures.schema.json");

    @TestFactory
    Stream<DynamicTest> everySampleGoldenAndFixtureFileValidates() throws IOException {
        List<Path> rules = yamlFiles(Path.of("rules")).stream().filter(f -> !isFixture(f)).toList();
        List<Path> fixtures = yamlFiles(Path.of("rules")).stream().filter(SchemasTest::isFixture).toList();
        List<Path> mirrors = yamlFiles(Path.of("templates"));
        List<Path> goldenRules = yamlFiles(GOLDEN).stream().filter(f -> f.getFileName().toString().equals("rules.yaml"))
                .toList();
        List<Path> goldenMirrors = yamlFiles(GOLDEN).stream().filter(f -> f.getParent().endsWith("templates")).toList();
        assertEquals(4, rules.size(), rules::toString);
        assertEquals(41, goldenRules.size());
        assertFalse(goldenMirrors.isEmpty());
        assertFalse(fixtures.isEmpty());
        return Stream
                .of(checks(rules, RULES), checks(goldenRules, RULES), checks(mirrors, TEMPLATES),
                        checks(goldenMirrors, TEMPLATES), checks(fixtures, FIXTURES),
                        checks(yamlFiles(Path.of("src/test/resources/fixtures-failing/rules")).stream()
                                .filter(f -> f.toString().endsWith("welcome.test.yaml")).toList(), FIXTURES))
                .flatMap(s -> s);
    }

    @Test
    void everyCompileCodeIsEitherCaughtByTheSchemaOrListedWithAReason() {
        Set<ErrorCode> compile = Arrays.stream(ErrorCode.values()).filter(c -> c.phase() == ErrorCode.Phase.COMPILE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCode.class)));
        assertTrue(compile.containsAll(SCHEMA_CANNOT.keySet()));
        assertEquals(EnumSet.of(ErrorCode.WRONG_TYPE, ErrorCode.UNKNOWN_KEY, ErrorCode.MISSING_KEY,
                ErrorCode.INVALID_NAME, ErrorCode.INVALID_VALUE, ErrorCode.MESSAGE_KIND, ErrorCode.LIMIT_EXCEEDED,
                ErrorCode.NOT_ALLOWED), schemaCatches(compile));
    }

    @TestFactory
    Stream<DynamicTest> schemaAndCompilerAgreeOnEveryInvalidFixture() {
        return Arrays.stream(ErrorCode.values()).filter(c -> c.phase() == ErrorCode.Phase.COMPILE)
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> {
                    Path dir = INVALID.resolve(code.name().toLowerCase(Locale.ROOT));
                    if (code == ErrorCode.YAML_SYNTAX) {
                        Path file = yamlFiles(dir.resolve("rules")).get(0);
                        assertThrows(YAMLException.class, () -> tree(file));
                        return;
                    }
                    List<String> errors = Stream
                            .concat(yamlFiles(dir.resolve("rules")).stream().map(f -> errors(f, RULES)),
                                    yamlFiles(dir.resolve("templates")).stream().map(f -> errors(f, TEMPLATES)))
                            .flatMap(List::stream).toList();
                    if (SCHEMA_CANNOT.containsKey(code)) {
                        assertEquals(List.of(), errors, code + ": the schema was expected to accept this fixture ("
                                + SCHEMA_CANNOT.get(code) + ")");
                    } else {
                        assertFalse(errors.isEmpty(), code + ": the schema accepts a fixture the compiler rejects");
                    }
                }));
    }

    @Test
    void aLiteralOverItsLimitIsRejectedButAnExpressionIsNot() throws IOException {
        String rule = """
                notifications:
                  - name: slot
                    trigger: slot.needed
                    to: "{event.phone}"
                    interactive:
                      type: button
                      body: {text: Pick}
                      action:
                        buttons: [{type: reply, reply: {id: a, title: %s}}]
                """;
        assertFalse(validate(rule.formatted("Morning between 8 and 12"), RULES).isEmpty());
        assertEquals(List.of(), validate(rule.formatted("\"{event.a_very_long_expression_name}\""), RULES));
    }

    @Test
    void aFixtureExpectationWritesOneOutcome() throws IOException {
        String fixture = """
                tests:
                  - name: x
                    trigger: t
                    event: {}
                    expect:
                      n: %s
                """;
        assertEquals(List.of(), validate(fixture.formatted("{language: tr}"), FIXTURES));
        assertEquals(List.of(), validate(fixture.formatted("{error: MISSING_VALUE}"), FIXTURES));
        assertFalse(validate(fixture.formatted("{error: MISING_VALUE}"), FIXTURES).isEmpty());
        assertFalse(validate(fixture.formatted("{skipped: x, language: tr}"), FIXTURES).isEmpty());
        assertFalse(validate(fixture.formatted("{expcet: tr}"), FIXTURES).isEmpty());
    }

    private static Set<ErrorCode> schemaCatches(Set<ErrorCode> compile) {
        Set<ErrorCode> caught = EnumSet.copyOf(compile);
        caught.removeAll(SCHEMA_CANNOT.keySet());
        return caught;
    }

    private static Stream<DynamicTest> checks(List<Path> files, JsonSchema schema) {
        return files.stream().map(
                file -> DynamicTest.dynamicTest(file.toString(), () -> assertEquals(List.of(), errors(file, schema))));
    }

    private static List<String> errors(Path file, JsonSchema schema) {
        try {
            return schema.validate(tree(file)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> validate(String yaml, JsonSchema schema) throws IOException {
        return schema.validate(JSON.valueToTree(new Yaml().load(yaml))).stream().map(ValidationMessage::getMessage)
                .toList();
    }

    static JsonNode tree(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JSON.valueToTree(new Yaml().load(reader));
        }
    }

    private static boolean isFixture(Path file) {
        return file.getFileName().toString().endsWith(".test.yaml");
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonSchema schema(String name) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(SCHEMAS.resolve(name).toFile()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
