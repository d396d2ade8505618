package dev.herald.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.herald.message.MessageValidator;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.Envelopes;

/**
 * Golden payloads: for every case under {@code src/test/resources/golden/}, the event resolved by the rule gives
 * exactly the hand-written upstream body, in both envelopes, with keys in wire order.
 */
class GoldenPayloadTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final String DEFAULT_FROM = "+905551234567";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseResolvesToItsExactUpstreamBody() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 35, "golden cases found: " + cases.size());
        return cases.stream().flatMap(dir -> Stream.of(ApiVersion.V1, ApiVersion.V2)
                .map(version -> DynamicTest.dynamicTest(dir.getFileName() + " " + version, () -> check(dir, version))));
    }

    private void check(Path dir, ApiVersion version) throws IOException {
        Path rules = Files.createDirectories(work.resolve(dir.getFileName() + "-" + version));
        Files.copy(dir.resolve("rules.yaml"), rules.resolve("rules.yaml"), StandardCopyOption.REPLACE_EXISTING);
        NotificationEngine engine = NotificationEngine.compile(rules, dir.resolve("templates"),
                MessageValidator.create());
        String trigger = engine.definitions().get(0).trigger();
        JsonNode event = EventJson.read(Files.readAllBytes(dir.resolve("event.json")));

        List<Outcome> outcomes = engine.resolve(trigger, event, false);
        assertEquals(1, outcomes.size());
        Outcome.Ready ready = assertInstanceOf(Outcome.Ready.class, outcomes.get(0), () -> outcomes.get(0).toString());
        List<Object> requests = Envelopes.build(version, List.of(ready), DEFAULT_FROM);
        assertEquals(1, requests.size());

        String actual = JSON.writeValueAsString(requests.get(0));
        String expectedText = Files.readString(dir.resolve("expected-" + version.name().toLowerCase() + ".json"));
        JsonNode expected = JSON.readTree(expectedText);
        assertEquals(JSON.writeValueAsString(expected), JSON.writeValueAsString(JSON.readTree(actual)),
                "body differs for " + dir.getFileName());
        assertEquals(expected, JSON.readTree(actual));
    }
}
