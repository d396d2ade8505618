package dev.herald.idempotency;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one key of an {@link IdempotencyStore}: the first request's body fingerprint, its state, the final
 * answer (only when {@link State#COMPLETED}), the notifications already accepted by the provider, and when the key was
 * first seen. Public because stores return it.
 */
public record Entry(String fingerprint, State state, StoredAnswer answer, List<SentNotification> sent,
        Instant createdAt) {

    public Entry {
        sent = List.copyOf(sent);
    }

    /** Where processing of a key stands. */
    public enum State {
        /** Being processed now. */
        IN_FLIGHT,
        /** Processed; {@link Entry#answer()} is final. */
        COMPLETED,
        /** Released after a retryable failure (or only holding sent notifications): the next claim wins. */
        OPEN
    }
}
