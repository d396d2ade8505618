package dev.herald.status;

import java.time.Instant;
import java.util.List;

/**
 * One message as the lookups show it: what was sent, the furthest status, and every distinct fact in time order. Public
 * because the REST layer serialises it.
 */
public record MessageView(SentMessage sent, Status status, List<Entry> history) {

    /** One fact of the history; {@code code}, {@code title} and {@code retry} only for failures. */
    public record Entry(Status status, Instant at, Integer code, String title, String retry) {
    }
}
