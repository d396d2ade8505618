package dev.herald.sandbox;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One send request the emulator received, and what it answered. Public because tests and the HTTP shell list them.
 *
 * @param sequence
 *            1-based arrival number, increasing, not reset by clearing
 * @param api
 *            which send API was called
 * @param receivedAt
 *            arrival time
 * @param body
 *            the request body as JSON; a body that is not JSON is kept as a JSON string of its text
 * @param status
 *            the HTTP status answered, 0 when the connection was dropped without an answer
 * @param keys
 *            the keys issued, in message order (empty unless accepted)
 * @param fault
 *            the injected fault that shaped the answer ({@code rate_limited}, {@code slow}, {@code drop}, ...;
 *            {@code rate_limit} for the configured rate limit), or null for a normal answer
 */
public record ReceivedRequest(long sequence, ApiVersion api, Instant receivedAt, JsonNode body, int status,
        List<String> keys, String fault) {

    public ReceivedRequest {
        keys = List.copyOf(keys);
    }

    /**
     * {@code {"sequence","api","received_at","status","keys","body"}}, plus {@code "fault"} when one was injected: the
     * shape {@code GET /sandbox/requests} lists.
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sequence", sequence);
        node.put("api", api.wireName());
        node.put("received_at", receivedAt.toString());
        node.put("status", status);
        keys.forEach(node.putArray("keys")::add);
        node.set("body", body);
        if (fault != null) {
            node.put("fault", fault);
        }
        return node;
    }
}
