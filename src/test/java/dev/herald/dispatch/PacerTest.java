package dev.herald.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The pacer's two guarantees, timed on the real clock with short windows. */
class PacerTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void noWindowOfTheProviderSeesMoreThanTheLimitWhateverTheTransitDelays() throws Exception {
        int limit = 10;
        Pacer pacer = new Pacer(limit);
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + 2_500 * MS;
        ExecutorService senders = Executors.newFixedThreadPool(40);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            Random random = new Random(t);
            running.add(senders.submit(() -> {
                while (System.nanoTime() < end) {
                    pacer.gate();
                    try {
                        // the provider receives the request after a transit delay of 0 to 1.2 s (a stalled pool or
                        // network), and its answer comes back up to 50 ms later
                        Pacer.sleepUntil(System.nanoTime() + random.nextInt(1_200) * MS);
                        arrivals.add(System.nanoTime());
                        Pacer.sleepUntil(System.nanoTime() + random.nextInt(50) * MS);
                    } finally {
                        pacer.answered();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(10, TimeUnit.SECONDS);
        }
        senders.shutdown();

        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        int most = 0;
        for (int i = 0, j = 0; j < sorted.size(); j++) {
            while (sorted.get(j) - sorted.get(i) >= 1_000 * MS) {
                i++;
            }
            most = Math.max(most, j - i + 1);
        }
        assertTrue(most <= limit, "a one-second window with " + most + " arrivals, limit " + limit);
        assertTrue(sorted.size() >= limit, "the pacer let requests through: " + sorted.size());
    }

    @Test
    void slotsAreEvenlySpacedAndNeverPastTheDeadline() throws Exception {
        Pacer pacer = new Pacer(100);
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertTrue(pacer.acquire(start + 1_000 * MS) >= 0);
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= 4 * 10_200_000L, "5 slots at 100/s take at least 4 intervals, took " + elapsed);
        assertEquals(-1, pacer.acquire(System.nanoTime()), "the next slot is later than a deadline of now");
    }

    @Test
    void aPauseHoldsBackEverySlot() throws Exception {
        Pacer pacer = new Pacer(1000);
        pacer.pause(java.time.Duration.ofMillis(200));
        assertTrue(pacer.untilNextSlot().toMillis() > 150);
        long start = System.nanoTime();
        pacer.acquire(start + 1_000 * MS);
        assertTrue(System.nanoTime() - start >= 190 * MS);
    }
}
