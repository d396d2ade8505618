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
 *            the HTTP status answered
 * @param keys
 *            the keys issued, in message order (empty unless accepted)
 */
public record ReceivedRequest(long sequence, ApiVersion api, Instant receivedAt, JsonNode body, int status,
        List<String> keys) {

    public ReceivedRequest {
        keys = List.copyOf(keys);
    }

    /**
     * {@code {"sequence","api","received_at","status","keys","body"}}, the shape {@code GET /sandbox/requests} lists.
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sequence", sequence);
        node.put("api", api.wireName());
        node.put("received_at", receivedAt.toString());
        node.put("status", status);
        keys.forEach(node.putArray("keys")::add);
        node.set("body", body);
        return node;
    }
}
