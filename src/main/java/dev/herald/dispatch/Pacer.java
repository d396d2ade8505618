package dev.herald.dispatch;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The one client-side rate limiter of all upstream requests: permits are handed out evenly spaced, one every
 * {@code 1.02 s / limit} (2% headroom so that network jitter cannot push a wall-clock second over the limit), so there
 * is never a burst. A caller reserves the next free slot only if it is no later than its deadline, then sleeps until
 * it. {@link #pause} (after a 429) moves the next slot past the provider's {@code Retry-After} for every sender.
 */
final class Pacer {

    /** Spacing headroom over the exact {@code 1 s / limit}. */
    static final double HEADROOM = 1.02;

    private final long intervalNanos;
    private final long windowNanos = (long) (1_000_000_000L * HEADROOM);
    private final long[] recent;
    private int oldest;
    private long next = Long.MIN_VALUE;

    Pacer(int perSecond) {
        this.intervalNanos = (long) Math.ceil(1_000_000_000L * HEADROOM / perSecond);
        this.recent = new long[perSecond];
        java.util.Arrays.fill(recent, Long.MIN_VALUE);
    }

    /**
     * The last check, right before a request goes out: waits until fewer than {@code limit} requests started in the
     * last second (a sliding window). Slots are evenly spaced already; this catches bunching from thread hand-offs.
     */
    void gate() throws InterruptedException {
        while (true) {
            long wait;
            synchronized (recent) {
                long now = System.nanoTime();
                long first = recent[oldest];
                wait = first == Long.MIN_VALUE ? 0 : first + windowNanos - now;
                if (wait <= 0) {
                    recent[oldest] = now;
                    oldest = (oldest + 1) % recent.length;
                    return;
                }
            }
            sleepUntil(System.nanoTime() + wait);
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
