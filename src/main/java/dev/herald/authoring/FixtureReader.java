package dev.herald.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.compile.ErrorCode;
import dev.herald.compile.Problem;
import dev.herald.definition.Location;
import dev.herald.definition.Suggestions;
import dev.herald.definition.YamlNode;
import dev.herald.definition.YamlReader;
import dev.herald.resolve.EventJson;
import dev.herald.upstream.ApiVersion;

/**
 * Reads one fixture file strictly: unknown keys, wrong types and missing keys are {@code FIXTURE_INVALID} problems at
 * their {@code file:line:column}, with "did you mean". A case with a problem is not returned (it cannot run).
 */
final class FixtureReader {

    static final List<String> FILE_KEYS = List.of("tests");
    static final List<String> TEST_KEYS = List.of("name", "trigger", "event", "event_file", "api_version", "expect");
    static final List<String> EXPECT_KEYS = List.of("language", "to", "message", "request", "match", "skipped",
            "error");
    static final List<String> RESOLVE_CODES = Arrays.stream(ErrorCode.values())
            .filter(code -> code.phase() == ErrorCode.Phase.RESOLVE).map(ErrorCode::name).toList();

    /** A read file: the cases that can run, how many cases were written, and every problem. */
    record Result(List<Fixture> fixtures, int written, List<Problem> problems) {
    }

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    private FixtureReader(Path file) {
        this.file = file;
    }

    static Result read(Path file, String display) {
        return new FixtureReader(file).run(display);
    }

    private Result run(String display) {
        YamlReader.Result yaml;
        try {
            yaml = YamlReader.read(file, display);
        } catch (IOException e) {
            return new Result(List.of(), 0, List.of(new Problem(Location.ofFile(display), ErrorCode.FIXTURE_INVALID,
                    "cannot read the file: " + e.getMessage())));
        }
        for (YamlReader.SyntaxProblem problem : yaml.problems()) {
            problems.add(new Problem(problem.location(),
                    problem.duplicateKey() ? ErrorCode.DUPLICATE_KEY : ErrorCode.YAML_SYNTAX, problem.message()));
        }
        if (yaml.root() == null) {
            if (problems.isEmpty()) {
                invalid(Location.ofFile(display), "the file is empty; write tests: [...]");
            }
            return new Result(List.of(), 0, List.copyOf(problems));
        }
        YamlNode.Mapping root = mapping(yaml.root(), "a fixture file");
        if (root == null) {
            return new Result(List.of(), 0, List.copyOf(problems));
        }
        checkKeys(root, FILE_KEYS, "fixture file");
        YamlNode tests = root.get("tests");
        if (tests == null) {
            invalid(root.location(), "a fixture file has \"tests\", a list");
            return new Result(List.of(), 0, List.copyOf(problems));
        }
        if (!(tests instanceof YamlNode.Sequence list)) {
            invalid(tests.location(), "tests must be a list, not " + tests.describe());
            return new Result(List.of(), 0, List.copyOf(problems));
        }
        List<Fixture> fixtures = new ArrayList<>();
        Map<String, Location> names = new HashMap<>();
        for (YamlNode item : list.items()) {
            int before = problems.size();
            Fixture fixture = fixture(item, names);
            if (fixture != null && problems.size() == before) {
                fixtures.add(fixture);
            }
        }
        return new Result(List.copyOf(fixtures), list.items().size(), List.copyOf(problems));
    }

    private Fixture fixture(YamlNode item, Map<String, Location> names) {
        YamlNode.Mapping test = mapping(item, "a fixture test");
        if (test == null) {
            return null;
        }
        checkKeys(test, TEST_KEYS, "fixture test");
        String name = requiredString(test, "name", "fixture test");
        String label = name == null ? "fixture test" : "fixture test \"" + name + "\"";
        if (name != null) {
            Location previous = names.putIfAbsent(name, test.location());
            if (previous != null) {
                invalid(test.entries().get("name").value().location(),
                        label + " is already defined at line " + previous.line());
            }
        }
        String trigger = requiredString(test, "trigger", label);
        JsonNode event = event(test, label);
        ApiVersion version = apiVersion(test);
        List<Fixture.Expectation> expectations = expectations(test, label);
        if (name == null || trigger == null || event == null || expectations == null) {
            return null;
        }
        return new Fixture(name, test.location(), trigger, test.get("trigger").location(), event, version,
                expectations);
    }

    private JsonNode event(YamlNode.Mapping test, String label) {
        YamlNode inline = test.get("event");
        YamlNode path = test.get("event_file");
        if (inline != null && path != null) {
            invalid(path.location(), label + " has both \"event\" and \"event_file\"; write one");
            return null;
        }
        if (inline != null) {
            if (!(inline instanceof YamlNode.Mapping)) {
                invalid(inline.location(),
                        "event must be a map (the JSON object of the event), not " + inline.describe());
                return null;
            }
            return YamlJson.of(inline);
        }
        if (path == null) {
            invalid(test.location(), label + " has no \"event\" (or \"event_file\")");
            return null;
        }
        String written = string(path, "event_file");
        if (written == null) {
            return null;
        }
        Path eventFile = file.toAbsolutePath().getParent().resolve(written).normalize();
        try {
            return EventJson.read(Files.readAllBytes(eventFile));
        } catch (IOException e) {
            String why = Files.isRegularFile(eventFile) ? "is not a JSON object: " + oneLine(e.getMessage())
                    : "does not exist";
            invalid(path.location(),
                    "event_file " + written + " " + why + " (resolved to " + ValidateCommand.display(eventFile) + ")");
            return null;
        }
    }

    private ApiVersion apiVersion(YamlNode.Mapping test) {
        YamlNode node = test.get("api_version");
        if (node == null) {
            return ApiVersion.V2;
        }
        String value = choice(node, "api_version", List.of("v1", "v2"));
        return "v1".equals(value) ? ApiVersion.V1 : ApiVersion.V2;
    }

    private List<Fixture.Expectation> expectations(YamlNode.Mapping test, String label) {
        YamlNode node = test.get("expect");
        if (node == null) {
            invalid(test.location(), label + " has no \"expect\"");
            return null;
        }
        YamlNode.Mapping expect = mapping(node, "expect");
        if (expect == null) {
            return null;
        }
        if (expect.entries().isEmpty()) {
            invalid(expect.location(), "expect names no notification; write notification-name: {...}");
            return null;
        }
        List<Fixture.Expectation> expectations = new ArrayList<>();
        for (YamlNode.Entry entry : expect.entries().values()) {
            Fixture.Expectation expectation = expectation(entry);
            if (expectation != null) {
                expectations.add(expectation);
            }
        }
        return expectations.size() == expect.entries().size() ? List.copyOf(expectations) : null;
    }

    private Fixture.Expectation expectation(YamlNode.Entry entry) {
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.NULL) {
            return new Fixture.Expectation(entry.key(), entry.keyLocation(), Fixture.Kind.READY, null, null, null, null,
                    false, null, null);
        }
        YamlNode.Mapping map = mapping(value, "the expectation of " + entry.key());
        if (map == null) {
            return null;
        }
        int before = problems.size();
        checkKeys(map, EXPECT_KEYS, "expectation");
        String language = optionalString(map, "language");
        String to = optionalString(map, "to");
        JsonNode message = optionalObject(map, "message");
        JsonNode request = optionalObject(map, "request");
        YamlNode matchNode = map.get("match");
        boolean exact = matchNode != null && "exact".equals(choice(matchNode, "match", List.of("subset", "exact")));
        String skipped = optionalString(map, "skipped");
        YamlNode errorNode = map.get("error");
        String error = errorNode == null ? null : choice(errorNode, "error", RESOLVE_CODES);
        boolean ready = language != null || to != null || message != null || request != null;
        int kinds = (ready ? 1 : 0) + (map.get("skipped") != null ? 1 : 0) + (errorNode != null ? 1 : 0);
        if (kinds > 1) {
            invalid(map.location(), "the expectation of " + entry.key()
                    + " mixes outcomes; write either language/to/message/request (ready), skipped or error");
        }
        if (matchNode != null && message == null && request == null) {
            invalid(matchNode.location(), "match applies to message and request; this expectation has neither");
        }
        if (problems.size() != before) {
            return null;
        }
        Fixture.Kind kind = skipped != null ? Fixture.Kind.SKIPPED
                : error != null ? Fixture.Kind.ERROR : Fixture.Kind.READY;
        return new Fixture.Expectation(entry.key(), entry.keyLocation(), kind, language, to, message, request, exact,
                skipped, error);
    }

    // helpers: strict reading with locations

    private YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        invalid(node.location(), what + " must be a map, not " + node.describe());
        return null;
    }

    private void checkKeys(YamlNode.Mapping map, List<String> allowed, String what) {
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                invalid(entry.keyLocation(), "unknown key \"" + entry.key() + "\" in " + what
                        + Suggestions.didYouMean(entry.key(), allowed) + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private String requiredString(YamlNode.Mapping map, String key, String what) {
        YamlNode node = map.get(key);
        if (node == null) {
            invalid(map.location(), what + " has no \"" + key + "\"");
            return null;
        }
        return string(node, key);
    }

    private String optionalString(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        return node == null ? null : string(node, key);
    }

    private String string(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.NULL) {
            return scalar.value();
        }
        invalid(node.location(), key + " must be a string, not " + node.describe());
        return null;
    }

    private JsonNode optionalObject(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return null;
        }
        return mapping(node, key) == null ? null : YamlJson.of(node);
    }

    private String choice(YamlNode node, String key, List<String> allowed) {
        String value = string(node, key);
        if (value != null && !allowed.contains(value)) {
            String hint = Suggestions.didYouMean(value, allowed);
            String upper = value.toUpperCase(Locale.ROOT);
            if (hint.isEmpty() && Set.copyOf(allowed).contains(upper)) {
                hint = " (did you mean \"" + upper + "\"?)";
            }
            invalid(node.location(), key + " \"" + value + "\" is not one of " + String.join(", ", allowed) + hint);
            return null;
        }
        return value;
    }

    private void invalid(Location location, String message) {
        problems.add(new Problem(location, ErrorCode.FIXTURE_INVALID, message));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
