package dev.herald.api;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.herald.compile.ErrorCode;
import dev.herald.resolve.EventJson;

/**
 * Turns a raw request body into the event object, enforcing the size limit and "a single JSON object", read as the
 * fixtures and the preview page read events ({@link EventJson}): decimals exactly as written, duplicate keys refused.
 */
final class EventBody {

    private final ObjectReader reader;
    private final long maxBytes;

    EventBody(long maxBytes) {
        this.reader = EventJson.reader();
        this.maxBytes = maxBytes;
    }

    /** Checks the size only (413 before anything else). */
    void checkSize(byte[] body, String instance) {
        if (body != null && body.length > maxBytes) {
            throw new ApiProblem(Problem.of(ErrorCode.BODY_TOO_LARGE, 413,
                    "the body has " + body.length + " bytes, the limit is " + maxBytes + " (herald.api.max-body-size)",
                    instance));
        }
    }

    /** The event: the body parsed as a JSON object. */
    JsonNode parse(byte[] body, String instance) {
        JsonNode event;
        try {
            event = body == null || body.length == 0 ? null : reader.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("the body is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", instance);
        } catch (IOException e) {
            throw malformed("the body could not be read as JSON", instance);
        }
        if (event == null || event.isMissingNode()) {
            throw malformed("the body is empty; send the event as a JSON object", instance);
        }
        if (!event.isObject()) {
            throw malformed("the body is a JSON " + event.getNodeType().name().toLowerCase()
                    + ", not an object; send the event as a JSON object", instance);
        }
        return event;
    }

    /** The event id: the body's {@code id}, else the {@code Idempotency-Key} header, else a new UUID. */
    static String eventId(JsonNode event, String idempotencyKey) {
        JsonNode id = event.path("id");
        if (id.isValueNode() && !id.isNull() && !id.asText().isBlank()) {
            return id.asText();
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return idempotencyKey.trim();
        }
        return UUID.randomUUID().toString();
    }

    private static ApiProblem malformed(String detail, String instance) {
        return new ApiProblem(Problem.of(ErrorCode.MALFORMED_JSON, 400, detail, instance));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
