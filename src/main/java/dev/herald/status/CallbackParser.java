package dev.herald.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one provider callback body into status updates. Every shape of whatsapp-reference section 4 is accepted:
 * accepted event ({@code messages[].id} + {@code key}), error event ({@code error} + {@code key}), a bare Meta status
 * object ({@code id}, {@code status}, {@code timestamp}, {@code errors[]}, {@code key}), and Meta's nesting
 * {@code entry[].changes[].value.statuses[]} (each status with its {@code key}). Unknown fields are ignored. Public
 * because the REST layer calls it.
 */
public final class CallbackParser {

    /** The callback's shape, for metrics. */
    public enum Kind {
        ACCEPTED, ERROR, STATUS
    }

    /** The updates of one callback and its shape. */
    public record Parsed(Kind kind, List<StatusUpdate> updates) {
    }

    private CallbackParser() {
    }

    /**
     * @param receivedAt
     *            the time used when a callback carries no timestamp
     *
     * @throws MalformedCallbackException
     *             naming what is missing or wrong
     */
    public static Parsed parse(JsonNode body, Instant receivedAt) {
        if (body == null || !body.isObject()) {
            throw new MalformedCallbackException("the callback body must be a JSON object");
        }
        if (body.has("entry")) {
            List<StatusUpdate> updates = new ArrayList<>();
            JsonNode entries = body.get("entry");
            requireArray(entries, "entry");
            for (JsonNode entry : entries) {
                JsonNode changes = entry.path("changes");
                requireArray(changes, "entry[].changes");
                for (JsonNode change : changes) {
                    JsonNode statuses = change.path("value").path("statuses");
                    if (statuses.isMissingNode()) {
                        continue;
                    }
                    requireArray(statuses, "entry[].changes[].value.statuses");
                    for (JsonNode status : statuses) {
                        updates.add(status(status, text(body, "key"), receivedAt));
                    }
                }
            }
            if (updates.isEmpty()) {
                throw new MalformedCallbackException("entry[].changes[].value.statuses[] holds no status");
            }
            return new Parsed(Kind.STATUS, List.copyOf(updates));
        }
        if (body.has("error")) {
            JsonNode error = body.get("error");
            if (!error.isObject()) {
                throw new MalformedCallbackException("error must be an object");
            }
            Integer code = error.path("code").canConvertToInt() ? error.path("code").asInt() : null;
            return new Parsed(Kind.ERROR, List.of(new StatusUpdate(key(body, null), Status.FAILED, receivedAt, code,
                    textOr(error, "message", null))));
        }
        if (body.has("status")) {
            return new Parsed(Kind.STATUS, List.of(status(body, null, receivedAt)));
        }
        if (body.has("messages")) {
            requireArray(body.get("messages"), "messages");
            return new Parsed(Kind.ACCEPTED,
                    List.of(new StatusUpdate(key(body, null), Status.ACCEPTED, receivedAt, null, null)));
        }
        throw new MalformedCallbackException(
                "not a callback: expected one of messages (accepted), error, status, or entry[].changes[].value.statuses[]");
    }

    private static StatusUpdate status(JsonNode node, String outerKey, Instant receivedAt) {
        if (!node.isObject()) {
            throw new MalformedCallbackException("a status must be an object");
        }
        String name = textOr(node, "status", null);
        Status status = Status.ofWire(name);
        if (status == null || status == Status.ACCEPTED) {
            throw new MalformedCallbackException("status must be one of sent, delivered, read, failed; was "
                    + (name == null ? "missing" : '"' + name + '"'));
        }
        Instant at = receivedAt;
        JsonNode timestamp = node.get("timestamp");
        if (timestamp != null && !timestamp.isNull()) {
            try {
                at = Instant.ofEpochSecond(Long.parseLong(timestamp.asText().trim()));
            } catch (NumberFormatException e) {
                throw new MalformedCallbackException(
                        "timestamp must be Unix seconds, was \"" + timestamp.asText() + '"');
            }
        }
        Integer code = null;
        String title = null;
        JsonNode errors = node.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            code = first.path("code").canConvertToInt() ? first.path("code").asInt() : null;
            title = textOr(first, "title", textOr(first, "message", null));
        }
        if (status != Status.FAILED) {
            code = null;
            title = null;
        }
        return new StatusUpdate(key(node, outerKey), status, at, code, title);
    }

    private static String key(JsonNode node, String fallback) {
        String key = textOr(node, "key", fallback);
        if (key == null || key.isBlank()) {
            throw new MalformedCallbackException("key is missing: every callback must carry the key the send returned");
        }
        if (key.length() > 200) {
            throw new MalformedCallbackException("key is longer than 200 characters");
        }
        return key;
    }

    private static String text(JsonNode node, String field) {
        return textOr(node, field, null);
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : fallback;
    }

    private static void requireArray(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new MalformedCallbackException(what + " must be an array");
        }
    }
}
