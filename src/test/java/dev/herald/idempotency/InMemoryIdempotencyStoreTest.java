package dev.herald.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.herald.testing.MutableClock;

/** The bounded in-memory store: states, TTL, bound and concurrency. */
class InMemoryIdempotencyStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(clock, Duration.ofHours(24), 3);

    static final StoredAnswer OK = new StoredAnswer(200, Map.of("Content-Type", "application/json"),
            "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    private Claim claim(String key, String fingerprint) {
        return store.claim(key, fingerprint).toCompletableFuture().join();
    }

    private void complete(String key, StoredAnswer answer) {
        store.complete(key, answer).toCompletableFuture().join();
    }

    private SentNotification sent(String name) {
        return new SentNotification(name, List.of("whatsapp-" + name), "tr", clock.instant());
    }

    @Test
    void firstClaimWinsThenRepeatIsInFlightThenReplaysTheStoredAnswer() {
        assertEquals(new Claim.Won(List.of()), claim("k", "fp"));
        assertInstanceOf(Claim.InFlight.class, claim("k", "fp"));

        complete("k", OK);
        Claim.Replay replay = assertInstanceOf(Claim.Replay.class, claim("k", "fp"));
        assertEquals(200, replay.answer().status());
        assertArrayEquals(OK.body(), replay.answer().body());
        assertEquals("application/json", replay.answer().headers().get("Content-Type"));
    }

    @Test
    void sameKeyWithAnotherFingerprintIsReusedWhateverTheState() {
        claim("k", "fp");
        assertInstanceOf(Claim.KeyReused.class, claim("k", "other"));
        complete("k", OK);
        assertInstanceOf(Claim.KeyReused.class, claim("k", "other"));
    }

    @Test
    void releaseWithoutSendsForgetsTheKey() {
        claim("k", "fp");
        store.release("k").toCompletableFuture().join();
        assertEquals(0, store.size());
        assertEquals(new Claim.Won(List.of()), claim("k", "another body is a new event"));
    }

    @Test
    void releaseKeepsWhatWasSentForTheRetry() {
        claim("k", "fp");
        store.recordSent("k", "fp", sent("first")).toCompletableFuture().join();
        store.release("k").toCompletableFuture().join();

        Claim.Won retry = assertInstanceOf(Claim.Won.class, claim("k", "fp"));
        assertEquals(List.of(sent("first")), retry.alreadySent());
        assertInstanceOf(Claim.InFlight.class, claim("k", "fp"), "the retry holds the key again");
        assertInstanceOf(Claim.KeyReused.class, claim("k", "other"), "the sent part belongs to the first body");
    }

    @Test
    void recordSentOnAnUnknownKeyCreatesAnOpenEntry() {
        store.recordSent("once", "once_per", sent("welcome")).toCompletableFuture().join();
        Entry entry = store.find("once").toCompletableFuture().join().orElseThrow();
        assertEquals(Entry.State.OPEN, entry.state());
        assertEquals(List.of(sent("welcome")), entry.sent());
    }

    @Test
    void entriesExpireAfterTheTtlFromTheFirstRequest() {
        claim("k", "fp");
        complete("k", OK);
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertInstanceOf(Claim.Replay.class, claim("k", "fp"));

        clock.advance(Duration.ofSeconds(1));
        assertTrue(store.find("k").toCompletableFuture().join().isEmpty());
        assertEquals(new Claim.Won(List.of()), claim("k", "another body after expiry"));
    }

    @Test
    void expiredEntriesAreDroppedFromTheHead() {
        claim("a", "fp");
        clock.advance(Duration.ofHours(12));
        claim("b", "fp");
        clock.advance(Duration.ofHours(12));
        claim("c", "fp");
        assertEquals(2, store.size(), "a expired and was dropped when c arrived");
    }

    @Test
    void beyondTheBoundTheOldestIsForgotten() {
        for (String key : List.of("a", "b", "c", "d")) {
            claim(key, "fp");
            complete(key, OK);
        }
        assertEquals(3, store.size());
        assertTrue(store.find("a").toCompletableFuture().join().isEmpty(), "oldest evicted");
        assertInstanceOf(Claim.Replay.class, claim("b", "fp"));
        assertInstanceOf(Claim.Replay.class, claim("d", "fp"));
    }

    @Test
    void concurrentClaimsOfOneKeyHaveExactlyOneWinner() throws Exception {
        InMemoryIdempotencyStore big = new InMemoryIdempotencyStore(clock, Duration.ofHours(1), 100_000);
        int threads = 16;
        for (int round = 0; round < 50; round++) {
            String key = "k-" + round;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return big.claim(key, "fp").toCompletableFuture().join();
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Claim> claim : claims) {
                Claim result = claim.get(10, TimeUnit.SECONDS);
                if (result instanceof Claim.Won) {
                    winners++;
                } else {
                    assertInstanceOf(Claim.InFlight.class, result);
                }
            }
            pool.shutdown();
            assertEquals(1, winners, "round " + round);
        }
    }

    @Test
    void storedAnswerNeverPrintsItsBody() {
        assertTrue(!OK.toString().contains("ok"), OK.toString());
    }
}
