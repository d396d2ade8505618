package dev.herald.dispatch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The one client-side rate limiter of all upstream requests, in two parts.
 * <ul>
 * <li>{@link #acquire}: permits are handed out evenly spaced, one every {@code 1.02 s / limit} (2% headroom), so there
 * is never a burst. A caller reserves the next free slot only if it is no later than its deadline, then sleeps until
 * it. {@link #pause} (after a 429) moves the next slot past the provider's {@code Retry-After} for every sender.</li>
 * <li>{@link #gate}/{@link #answered}, around the request itself: the guarantee that the provider never sees more than
 * {@code limit} requests in any second, however long a request spends between Herald and the provider (a connection
 * pool queue, a stalled network, a busy server). The provider receives a request somewhere between the moment it leaves
 * and the moment its answer (or failure) comes back, so a request occupies one of {@code limit} places from just before
 * it leaves until one window ({@code 1.02 s}) after its answer. Whatever the delays, the requests a provider counts in
 * one second all hold their places at that second's end, so there are at most {@code limit} of them. The price is
 * throughput: a place is busy for one window plus one round trip, so the sustained rate is
 * {@code limit * 1.02 s / (1.02 s + round trip)}.</li>
 * </ul>
 */
final class Pacer {

    /** Spacing headroom over the exact {@code 1 s / limit}. */
    static final double HEADROOM = 1.02;

    private final long intervalNanos;
    private final long windowNanos = (long) (1_000_000_000L * HEADROOM);
    private final Object places = new Object();
    /** When the places of answered requests free up, oldest first: a ring of {@code limit} entries. */
    private final long[] freeAt;
    private int oldestFree;
    private int answeredHeld;
    private int inFlight;
    private long next = Long.MIN_VALUE;

    Pacer(int perSecond) {
        this.intervalNanos = (long) Math.ceil(1_000_000_000L * HEADROOM / perSecond);
        this.freeAt = new long[perSecond];
    }

    /**
     * The last check, right before a request leaves: waits for one of the {@code limit} places (see the class comment).
     * Every return must be followed by exactly one {@link #answered()}.
     */
    void gate() throws InterruptedException {
        synchronized (places) {
            while (true) {
                long now = System.nanoTime();
                while (answeredHeld > 0 && freeAt[oldestFree] - now <= 0) {
                    oldestFree = (oldestFree + 1) % freeAt.length;
                    answeredHeld--;
                }
                if (inFlight + answeredHeld < freeAt.length) {
                    inFlight++;
                    return;
                }
                if (answeredHeld == 0) {
                    places.wait();
                } else {
                    TimeUnit.NANOSECONDS.timedWait(places, freeAt[oldestFree] - now);
                }
            }
        }
    }

    /** The request that passed {@link #gate()} has its answer or failed: its place frees up one window from now. */
    void answered() {
        synchronized (places) {
            freeAt[(oldestFree + answeredHeld) % freeAt.length] = System.nanoTime() + windowNanos;
            answeredHeld++;
            inFlight--;
            places.notifyAll();
        }
    }

    /**
     * Waits for the next slot if it comes no later than {@code deadlineNanos} ({@link System#nanoTime()} scale).
     * Returns the nanoseconds waited, or -1 (nothing reserved) when the slot is past the deadline.
     */
    long acquire(long deadlineNanos) throws InterruptedException {
        long now = System.nanoTime();
        long slot;
        synchronized (this) {
            slot = next == Long.MIN_VALUE || next - now < 0 ? now : next;
            if (slot - deadlineNanos > 0) {
                return -1;
            }
            next = slot + intervalNanos;
        }
        sleepUntil(slot);
        return slot - now;
    }

    /** Nobody gets a permit before {@code wait} from now has passed. */
    synchronized void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        if (next == Long.MIN_VALUE || until - next > 0) {
            next = until;
        }
    }

    /** How long from now until the next free slot (zero when free now). */
    synchronized Duration untilNextSlot() {
        long wait = next == Long.MIN_VALUE ? 0 : next - System.nanoTime();
        return Duration.ofNanos(Math.max(0, wait));
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
