package dev.herald.lifecycle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the events in flight and lets a shutdown wait for them. Once {@link #close() closed}, {@link #enter()} refuses
 * every new event, and {@link #awaitIdle(Duration)} returns when the last event in flight has left or the wait is over.
 * Plain Java, thread-safe; the Quarkus shell ({@link GracefulShutdown}) closes it on SIGTERM. Public because the entry
 * points (HTTP, CloudEvents, Kafka) admit their events through it.
 */
public final class Drain {

    private int inFlight;
    private boolean closed;

    /** Admits one event; false once closed (the caller answers 503 SHUTTING_DOWN). Every true needs one leave. */
    public synchronized boolean enter() {
        if (closed) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** One admitted event has its answer. */
    public synchronized void leave() {
        if (inFlight <= 0) {
            throw new IllegalStateException("leave() without enter()");
        }
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** Refuses new events from now on; events already admitted go on. */
    public synchronized void close() {
        closed = true;
    }

    /** True once {@link #close()} was called. */
    public synchronized boolean closed() {
        return closed;
    }

    /** Events admitted and not yet answered. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /**
     * Waits until no event is in flight or {@code most} has passed; returns how many are still in flight (0 when
     * drained). Keeps the interrupt flag and returns early when interrupted.
     */
    public synchronized int awaitIdle(Duration most) {
        long end = System.nanoTime() + most.toNanos();
        long left;
        while (inFlight > 0 && (left = end - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return inFlight;
    }
}
