package dev.herald.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The last {@code capacity} send requests, oldest first. Thread-safe; the oldest entry drops out when full. */
final class RequestLog {

    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Deque<ReceivedRequest> entries = new ArrayDeque<>();
    private long lastSequence;

    RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized ReceivedRequest record(ApiVersion api, Instant receivedAt, JsonNode body, int status,
            List<String> keys, String fault) {
        ReceivedRequest entry = new ReceivedRequest(++lastSequence, api, receivedAt, body, status, keys, fault);
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        return entry;
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
    }
}
