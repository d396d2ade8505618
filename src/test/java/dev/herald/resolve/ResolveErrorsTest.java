package dev.herald.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.herald.compile.ErrorCode;
import dev.herald.message.MessageValidator;

/**
 * Every runtime error code, with its exact message and the definition line it points at; an event that cannot be
 * resolved never throws.
 */
class ResolveErrorsTest {

    static final Path DIR = Path.of("src/test/resources/resolve");
    static final String FILE = "src/test/resources/resolve/rules/errors.yaml";
    static final NotificationEngine ENGINE = NotificationEngine.compile(DIR.resolve("rules"), DIR.resolve("templates"),
            MessageValidator.create());

    @Test
    void limitViolationNamesFieldLimitLengthAndTheButtonsLine() {
        ResolveProblem problem = onlyProblem("slot.buttons",
                "{\"phone\": \"+905551234567\", \"title\": \"A title that is far too long\"}");
        assertEquals(new ResolveProblem(ErrorCode.LIMIT_VIOLATION,
                "interactive.action.buttons[0].reply.title: 28 characters, limit 20", FILE + ":11", null,
                "interactive.action.buttons[0].reply.title", "20", 28), problem);
    }

    @Test
    void recipientThatIsNotE164IsInvalidPhone() {
        ResolveProblem problem = onlyProblem("slot.buttons", "{\"phone\": \"0555 123\", \"title\": \"ok\"}");
        assertEquals(new ResolveProblem(ErrorCode.INVALID_PHONE,
                "to: {event.phone} resolved to \"0555 123\", not an E.164 number like +905551234567", FILE + ":5",
                "{event.phone}", "to", "E.164", null), problem);
    }

    @Test
    void missingValueNamesExpressionAndLine() {
        ResolveProblem problem = onlyProblem("greeting", "{\"phone\": \"+905551234567\", \"locale\": \"tr\"}");
        assertEquals(
                new ResolveProblem(ErrorCode.MISSING_VALUE, "{event.name} has no value in this event (" + FILE + ":19)",
                        FILE + ":19", "{event.name}", null, null, null),
                problem);
    }

    @Test
    void localeWithNoApprovedCandidateIsNoApprovedLanguage() {
        ResolveProblem problem = onlyProblem("greeting",
                "{\"phone\": \"+905551234567\", \"locale\": \"de-DE\", \"name\": \"Ali\"}");
        assertEquals(ErrorCode.NO_APPROVED_LANGUAGE, problem.code());
        assertEquals("none of de_DE, de is approved for template \"greeting\" (approved: tr) (" + FILE + ":18)",
                problem.message());
        assertEquals(FILE + ":18", problem.definition());
    }

    @Test
    void integerFieldGivenTextIsNotANumber() {
        ResolveProblem problem = onlyProblem("offer",
                "{\"phone\": \"+905551234567\", \"name\": \"Ali\", \"ends\": \"soon\"}");
        assertEquals(new ResolveProblem(ErrorCode.NOT_A_NUMBER,
                "expiration_time_ms: {event.ends} resolved to \"soon\", not an integer (" + FILE + ":28)", FILE + ":28",
                "{event.ends}", null, null, null), problem);
    }

    @Test
    void forEachOverAStringIsNotAList() {
        ResolveProblem problem = onlyProblem("slot.list",
                "{\"phone\": \"+905551234567\", \"total\": 1, \"slots\": \"x\"}");
        assertEquals(new ResolveProblem(ErrorCode.NOT_A_LIST,
                "for_each event.slots is a string, not a list (" + FILE + ":40)", FILE + ":40", "event.slots", null,
                null, null), problem);
    }

    @Test
    void conditionComparingTextWithANumberIsEvaluationFailed() {
        ResolveProblem problem = onlyProblem("slot.list",
                "{\"phone\": \"+905551234567\", \"total\": \"abc\", \"slots\": []}");
        assertEquals(ErrorCode.EVALUATION_FAILED, problem.code());
        assertEquals(FILE + ":32", problem.definition());
        assertEquals("when: event.total > 0", problem.expression());
    }

    @Test
    void falseConditionSkipsWithTheCondition() throws Exception {
        List<Outcome> outcomes = ENGINE.resolve("slot.list",
                EventJson.read("{\"phone\": \"+905551234567\", \"total\": 0}".getBytes(StandardCharsets.UTF_8)), false);
        assertEquals(List.of(new Outcome.Skipped("slot-list", "when: event.total > 0 was false")), outcomes);
    }

    private static ResolveProblem onlyProblem(String trigger, String event) {
        try {
            List<Outcome> outcomes = ENGINE.resolve(trigger, EventJson.read(event.getBytes(StandardCharsets.UTF_8)),
                    false);
            assertEquals(1, outcomes.size());
            Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcomes.get(0), outcomes.get(0)::toString);
            assertEquals(1, failed.problems().size(), failed.problems()::toString);
            return failed.problems().get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
