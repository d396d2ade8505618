package dev.herald.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The last send requests, oldest first: at most {@code capacity} requests holding at most {@link #MESSAGE_CAPACITY}
 * messages in all (batches of 50 would otherwise keep 50 times the memory), but always the newest request. Thread-safe;
 * the oldest entries drop out when full.
 */
final class RequestLog {

    static final int DEFAULT_CAPACITY = 10_000;
    static final int MESSAGE_CAPACITY = 20_000;

    private final int capacity;
    private final Deque<ReceivedRequest> entries = new ArrayDeque<>();
    private long lastSequence;
    private long messages;

    RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized ReceivedRequest record(ApiVersion api, Instant receivedAt, JsonNode body, int status,
            List<String> keys, String fault) {
        ReceivedRequest entry = new ReceivedRequest(++lastSequence, api, receivedAt, body, status, keys, fault);
        entries.addLast(entry);
        messages += messages(entry);
        while (entries.size() > capacity || messages > MESSAGE_CAPACITY && entries.size() > 1) {
            messages -= messages(entries.removeFirst());
        }
        return entry;
    }

    private static int messages(ReceivedRequest entry) {
        JsonNode list = entry.body() == null ? null : entry.body().get("messages");
        return list != null && list.isArray() ? Math.max(1, list.size()) : 1;
    }

    /** Every entry, oldest first. */
    synchronized List<ReceivedRequest> all() {
        return List.copyOf(entries);
    }

    /** The newest {@code limit} entries, oldest first. */
    synchronized List<ReceivedRequest> newest(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        List<ReceivedRequest> list = new ArrayList<>(entries);
        return List.copyOf(list.subList(Math.max(0, list.size() - limit), list.size()));
    }

    synchronized void clear() {
        entries.clear();
        messages = 0;
    }
}
