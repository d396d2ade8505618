package dev.herald.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.herald.compile.ErrorCode;
import dev.herald.compile.Problem;
import dev.herald.definition.Suggestions;
import dev.herald.resolve.DefinitionInfo;
import dev.herald.resolve.NotificationEngine;
import dev.herald.resolve.Outcome;
import dev.herald.resolve.ResolveProblem;
import dev.herald.upstream.Envelopes;

/**
 * Runs fixture cases against a compiled engine: resolves the event for its trigger and compares each named
 * notification's outcome with its expectation. Plain Java: used by the {@code validate} command and by the build.
 */
final class FixtureRunner {

    /** The v2 sender the {@code request} of a fixture carries when the rule sets no {@code from}: the sandbox's. */
    static final String DEFAULT_FROM = "+905551234567";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).nodeFactory(YamlJson.FACTORY).build();

    /**
     * The result of one case: the problem that stopped it from running ({@code FIXTURE_INVALID}), or one
     * {@code FIXTURE_FAILED} finding per expectation that did not hold, each with its difference lines.
     */
    record CaseResult(Fixture fixture, List<Finding> findings) {
        boolean passed() {
            return findings.isEmpty();
        }

        boolean ran() {
            return findings.stream().noneMatch(f -> f.problem().code() == ErrorCode.FIXTURE_INVALID);
        }
    }

    /** A problem line and the difference lines printed under it. */
    record Finding(Problem problem, List<String> details) {
        /** The lines as printed: the problem, then each detail indented by two spaces. */
        List<String> lines() {
            List<String> lines = new ArrayList<>(details.size() + 1);
            lines.add(problem.toString());
            details.forEach(detail -> lines.add("  " + detail));
            return lines;
        }
    }

    private final NotificationEngine engine;

    FixtureRunner(NotificationEngine engine) {
        this.engine = engine;
    }

    CaseResult run(Fixture fixture) {
        List<DefinitionInfo> ofTrigger = engine.definitions().stream()
                .filter(info -> info.trigger().equals(fixture.trigger())).toList();
        if (ofTrigger.isEmpty()) {
            List<String> triggers = engine.definitions().stream().map(DefinitionInfo::trigger).distinct().toList();
            return invalid(fixture,
                    new Problem(fixture.triggerAt(), ErrorCode.FIXTURE_INVALID, "no notification listens to trigger \""
                            + fixture.trigger() + "\"" + Suggestions.didYouMean(fixture.trigger(), triggers)));
        }
        List<String> names = ofTrigger.stream().map(DefinitionInfo::name).toList();
        List<Finding> unknown = new ArrayList<>();
        for (Fixture.Expectation expectation : fixture.expectations()) {
            if (!names.contains(expectation.notification())) {
                unknown.add(new Finding(new Problem(expectation.location(), ErrorCode.FIXTURE_INVALID,
                        "\"" + expectation.notification() + "\" is not a notification of trigger \"" + fixture.trigger()
                                + "\"" + Suggestions.didYouMean(expectation.notification(), names) + "; it has "
                                + String.join(", ", names)),
                        List.of()));
            }
        }
        if (!unknown.isEmpty()) {
            return new CaseResult(fixture, List.copyOf(unknown));
        }
        List<Outcome> outcomes = engine.resolve(fixture.trigger(), fixture.event(), false);
        List<Finding> findings = new ArrayList<>();
        for (Fixture.Expectation expectation : fixture.expectations()) {
            Outcome outcome = outcomes.stream().filter(o -> o.name().equals(expectation.notification())).findFirst()
                    .orElseThrow();
            List<String> differences = compare(fixture, expectation, outcome);
            if (!differences.isEmpty()) {
                findings.add(new Finding(new Problem(expectation.location(), ErrorCode.FIXTURE_FAILED,
                        fixture.name() + " / " + expectation.notification() + ":"), differences));
            }
        }
        return new CaseResult(fixture, List.copyOf(findings));
    }

    private static CaseResult invalid(Fixture fixture, Problem problem) {
        return new CaseResult(fixture, List.of(new Finding(problem, List.of())));
    }

    private List<String> compare(Fixture fixture, Fixture.Expectation expected, Outcome outcome) {
        return switch (expected.kind()) {
        case READY -> outcome instanceof Outcome.Ready ready ? compareReady(fixture, expected, ready)
                : List.of("expected ready, got " + describe(outcome));
        case SKIPPED -> {
            if (!(outcome instanceof Outcome.Skipped skipped)) {
                yield List.of("expected skipped, got " + describe(outcome));
            }
            yield skipped.reason().contains(expected.skipped()) ? List.of()
                    : List.of("skipped: expected a reason containing " + quote(expected.skipped()) + ", got "
                            + quote(skipped.reason()));
        }
        case ERROR -> {
            if (!(outcome instanceof Outcome.Failed failed)) {
                yield List.of("expected error " + expected.error() + ", got " + describe(outcome));
            }
            yield failed.problems().stream().anyMatch(p -> p.code().name().equals(expected.error())) ? List.of()
                    : List.of("error: expected " + expected.error() + ", got " + problems(failed));
        }
        };
    }

    private List<String> compareReady(Fixture fixture, Fixture.Expectation expected, Outcome.Ready ready) {
        List<String> lines = new ArrayList<>();
        if (expected.language() != null && !expected.language().equals(ready.language())) {
            lines.add("language: expected " + quote(expected.language()) + ", got " + quote(ready.language()));
        }
        if (expected.to() != null && !expected.to().equals(ready.recipient().phoneNumber())) {
            lines.add("to: expected " + quote(expected.to()) + ", got " + quote(ready.recipient().phoneNumber()));
        }
        if (expected.message() != null) {
            lines.addAll(JsonDiff.compare("message", expected.message(), wire(ready.message()), expected.exact()));
        }
        if (expected.request() != null) {
            Object request = Envelopes.build(fixture.apiVersion(), List.of(ready), DEFAULT_FROM).get(0);
            lines.addAll(JsonDiff.compare("request", expected.request(), wire(request), expected.exact()));
        }
        return lines;
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Skipped skipped) {
            return "skipped (" + skipped.reason() + ")";
        }
        if (outcome instanceof Outcome.Failed failed) {
            return "failed: " + problems(failed);
        }
        return "ready";
    }

    private static String problems(Outcome.Failed failed) {
        return failed.problems().stream().map(FixtureRunner::problem).collect(Collectors.joining("; "));
    }

    private static String problem(ResolveProblem p) {
        return p.code() + ": " + p.message();
    }

    private static String quote(String value) {
        return value == null ? "nothing" : YamlJson.FACTORY.textNode(value).toString();
    }

    /** The value as it goes on the wire, read back as a tree. */
    static JsonNode wire(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsBytes(Objects.requireNonNull(value)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
