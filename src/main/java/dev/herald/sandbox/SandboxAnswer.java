package dev.herald.sandbox;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP answer of the emulator, independent of any web framework. Public because a {@link FaultPlan} returns one and
 * the HTTP shell writes it out.
 *
 * @param status
 *            the HTTP status
 * @param headers
 *            extra response headers (e.g. {@code Retry-After}), never null
 * @param body
 *            the JSON body, or null for an empty body
 */
public record SandboxAnswer(int status, Map<String, String> headers, JsonNode body) {

    public SandboxAnswer {
        headers = Map.copyOf(headers);
    }

    /** An answer without extra headers. */
    public static SandboxAnswer of(int status, JsonNode body) {
        return new SandboxAnswer(status, Map.of(), body);
    }
}
