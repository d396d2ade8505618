package dev.herald.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP answer of the emulator, independent of any web framework. Public because a {@link FaultPlan} returns one and
 * the HTTP shell writes it out.
 *
 * @param status
 *            the HTTP status, or {@link #NO_ANSWER} when the connection is to be dropped without an answer
 * @param headers
 *            extra response headers (e.g. {@code Retry-After}), never null
 * @param body
 *            the JSON body, or null for an empty body
 * @param delay
 *            how long the HTTP shell waits before writing the answer (or dropping the connection); zero for none
 */
public record SandboxAnswer(int status, Map<String, String> headers, JsonNode body, Duration delay) {

    /** The status of a dropped connection: no HTTP answer at all. Request log and stats show it as 0. */
    public static final int NO_ANSWER = 0;

    public SandboxAnswer {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        if (status != NO_ANSWER && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be 100-599 or 0 (no answer), was " + status);
        }
    }

    /** An answer without delay. */
    public SandboxAnswer(int status, Map<String, String> headers, JsonNode body) {
        this(status, headers, body, Duration.ZERO);
    }

    /** An answer without extra headers or delay. */
    public static SandboxAnswer of(int status, JsonNode body) {
        return new SandboxAnswer(status, Map.of(), body);
    }

    /** No answer: the connection is closed without any HTTP response. */
    public static SandboxAnswer drop() {
        return new SandboxAnswer(NO_ANSWER, Map.of(), null);
    }

    /** Whether the connection is to be closed without an answer. */
    public boolean dropped() {
        return status == NO_ANSWER;
    }

    /** This answer, given after {@code wait}. */
    public SandboxAnswer delayedBy(Duration wait) {
        return wait.equals(delay) ? this : new SandboxAnswer(status, headers, body, wait);
    }
}
