package dev.herald.idempotency;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Remembers, per key, the fingerprint of the first request, whether it is still being processed, its final answer and
 * which notifications the provider already accepted. Every operation is atomic per key. Operations return
 * {@link CompletionStage}s so that a shared store (Redis) can be plugged in without blocking an event loop; the
 * in-memory store answers at once. Public because the API layer and a future shared store use it.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for processing: an unknown or expired key becomes in flight and {@link Claim.Won} (as does an
     * open key, that is one released after a retryable failure, with what it already sent); otherwise the answer says
     * what holds the key. A different fingerprint always gives {@link Claim.KeyReused}.
     */
    CompletionStage<Claim> claim(String key, String fingerprint);

    /**
     * Records that the provider accepted one notification under {@code key}; creates an open entry when the key is
     * unknown (this is how {@code once_per} values are remembered).
     */
    CompletionStage<Void> recordSent(String key, String fingerprint, SentNotification sent);

    /** Ends processing of {@code key} with its final answer; repeats get it until the entry expires. */
    CompletionStage<Void> complete(String key, StoredAnswer answer);

    /**
     * Ends processing of {@code key} without a final answer (a retryable failure): the next request with the key is
     * processed again. What was already sent stays recorded; an entry that sent nothing is forgotten.
     */
    CompletionStage<Void> release(String key);

    /** The live entry of {@code key}, if any. */
    CompletionStage<Optional<Entry>> find(String key);
}
