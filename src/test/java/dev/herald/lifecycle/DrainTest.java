package dev.herald.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class DrainTest {

    @Test
    void closedDrainRefusesNewEventsAndLetsAdmittedOnesFinish() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.enter());
        assertTrue(drain.enter());
        drain.close();
        assertFalse(drain.enter(), "no new event once shutdown has begun");
        assertEquals(2, drain.inFlight());

        CompletableFuture<Integer> waiting = CompletableFuture
                .supplyAsync(() -> drain.awaitIdle(Duration.ofSeconds(5)));
        drain.leave();
        assertFalse(waiting.isDone(), "one event is still in flight");
        drain.leave();
        assertEquals(0, waiting.get(2, TimeUnit.SECONDS));
    }

    @Test
    void awaitIdleGivesUpAfterItsBoundAndSaysHowManyAreLeft() {
        Drain drain = new Drain();
        drain.enter();
        drain.close();
        long started = System.nanoTime();
        assertEquals(1, drain.awaitIdle(Duration.ofMillis(200)));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(waited >= 190 && waited < 2000, waited + " ms");
    }

    @Test
    void idleDrainReturnsAtOnce() {
        Drain drain = new Drain();
        drain.close();
        assertEquals(0, drain.awaitIdle(Duration.ofSeconds(10)));
    }

    @Test
    void leaveWithoutEnterIsABug() {
        assertThrows(IllegalStateException.class, () -> new Drain().leave());
    }
}
