package dev.herald.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Idempotency of fired events, over two stores: one of requests by (trigger, key) and one of {@code once_per} values by
 * (notification, value). Plain Java; blocks the calling (worker) thread while a repeat waits for the first request with
 * its key. Public because the API layer and the CDI glue use it.
 */
public final class Idempotency {

    private static final long FIRST_POLL_MILLIS = 5;
    private static final long MAX_POLL_MILLIS = 100;

    private final IdempotencyStore requests;
    private final IdempotencyStore oncePer;
    private final Duration wait;
    private final Clock clock;

    public Idempotency(IdempotencyStore requests, IdempotencyStore oncePer, Duration wait, Clock clock) {
        this.requests = requests;
        this.oncePer = oncePer;
        this.wait = wait;
        this.clock = clock;
    }

    /**
     * Claims (trigger, key) for this body. While another request holds it, polls until that one completes or is
     * released, for at most the configured wait; then answers {@link Claim.InFlight}.
     */
    public Claim claim(String trigger, String key, String fingerprint) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = FIRST_POLL_MILLIS;
        while (true) {
            Claim claim = join(requests.claim(scoped(trigger, key), fingerprint));
            long left = deadline - System.nanoTime();
            if (!(claim instanceof Claim.InFlight) || left <= 0) {
                return claim;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(pause, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claim;
            }
            pause = Math.min(pause * 2, MAX_POLL_MILLIS);
        }
    }

    /** Stores the final answer of a claimed (trigger, key). */
    public void complete(String trigger, String key, StoredAnswer answer) {
        join(requests.complete(scoped(trigger, key), answer));
    }

    /** Releases a claimed (trigger, key) after a retryable failure, keeping what was already sent. */
    public void release(String trigger, String key) {
        join(requests.release(scoped(trigger, key)));
    }

    /**
     * What the delivery of one event must not repeat. {@code key} (and {@code fingerprint}) is null without an
     * idempotency key (then only {@code once_per} applies); {@code alreadySent} comes from {@link Claim.Won}.
     */
    public SendGuard guard(String trigger, String key, String fingerprint, List<SentNotification> alreadySent) {
        return new SendGuard(this, key == null ? null : scoped(trigger, key), fingerprint, alreadySent, clock);
    }

    IdempotencyStore requests() {
        return requests;
    }

    IdempotencyStore oncePer() {
        return oncePer;
    }

    /** The store key of a request: keys are scoped by trigger. */
    static String scoped(String trigger, String key) {
        return trigger + '\n' + key;
    }

    static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
