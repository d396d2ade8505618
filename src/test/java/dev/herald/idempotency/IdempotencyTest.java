package dev.herald.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.herald.testing.MutableClock;

/** Waiting for a request in flight, key scoping by trigger, the send guard and where keys come from. */
class IdempotencyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    private Idempotency idempotency(Duration wait) {
        return new Idempotency(new InMemoryIdempotencyStore(clock, Duration.ofHours(24), 100),
                new InMemoryIdempotencyStore(clock, Duration.ofHours(24), 100), wait, clock);
    }

    @Test
    void aRepeatWaitsForTheFirstAndGetsItsAnswer() {
        Idempotency idempotency = idempotency(Duration.ofSeconds(5));
        assertInstanceOf(Claim.Won.class, idempotency.claim("greet", "k", "fp"));
        CompletableFuture.runAsync(() -> {
            sleep(150);
            idempotency.complete("greet", "k", InMemoryIdempotencyStoreTest.OK);
        });
        Claim.Replay replay = assertInstanceOf(Claim.Replay.class, idempotency.claim("greet", "k", "fp"));
        assertArrayEquals(InMemoryIdempotencyStoreTest.OK.body(), replay.answer().body());
    }

    @Test
    void aRepeatStillInFlightAfterTheWaitIsInFlight() {
        Idempotency idempotency = idempotency(Duration.ofMillis(100));
        idempotency.claim("greet", "k", "fp");
        long start = System.nanoTime();
        assertInstanceOf(Claim.InFlight.class, idempotency.claim("greet", "k", "fp"));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(100).toNanos(), "waited");
    }

    @Test
    void aReleasedKeyIsWonByTheWaitingRepeat() {
        Idempotency idempotency = idempotency(Duration.ofSeconds(5));
        idempotency.claim("greet", "k", "fp");
        CompletableFuture.runAsync(() -> {
            sleep(100);
            idempotency.release("greet", "k");
        });
        assertInstanceOf(Claim.Won.class, idempotency.claim("greet", "k", "fp"));
    }

    @Test
    void keysAreScopedByTrigger() {
        Idempotency idempotency = idempotency(Duration.ZERO);
        assertInstanceOf(Claim.Won.class, idempotency.claim("greet", "k", "fp"));
        assertInstanceOf(Claim.Won.class, idempotency.claim("signup", "k", "other"));
    }

    @Test
    void guardRemembersAcceptedNotificationsAndOncePerValues() {
        Idempotency idempotency = idempotency(Duration.ZERO);
        idempotency.claim("signup", "k", "fp");
        SendGuard first = idempotency.guard("signup", "k", "fp", List.of());
        assertEquals(Optional.empty(), first.oncePerSkip("welcome-once", "{event.customer.id}", "cus-1"));
        first.accepted("welcome-once", List.of("whatsapp-1"), null, "cus-1");
        idempotency.release("signup", "k");

        Claim.Won retry = assertInstanceOf(Claim.Won.class, idempotency.claim("signup", "k", "fp"));
        assertEquals(List.of("whatsapp-1"), retry.alreadySent().get(0).keys());

        SendGuard other = idempotency.guard("signup", null, "fp2", List.of());
        assertEquals(Optional.of("once_per: {event.customer.id} = cus-1 was already sent at 2026-01-01T10:00:00Z"),
                other.oncePerSkip("welcome-once", "{event.customer.id}", "cus-1"));
        assertEquals(Optional.empty(), other.oncePerSkip("welcome-once", "{event.customer.id}", "cus-2"));
        assertEquals(Optional.empty(), other.oncePerSkip("another-notification", "{event.customer.id}", "cus-1"));
    }

    @Test
    void keyIsTheHeaderElseTheBodyTopLevelId() {
        byte[] body = "{\"customer\": {\"id\": \"nested\"}, \"id\": \"evt-9\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("hdr"), IdempotencyKeys.of(" hdr ", body));
        assertEquals(Optional.of("evt-9"), IdempotencyKeys.of(null, body));
        assertEquals(Optional.of("evt-9"), IdempotencyKeys.of("  ", body));
        assertEquals(Optional.of("42"), IdempotencyKeys.of(null, bytes("{\"id\": 42}")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, bytes("{\"customer\": {\"id\": \"nested\"}}")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, bytes("{\"id\": null}")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, bytes("{\"id\": {\"a\": 1}}")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, bytes("{\"id\": \" \"}")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, bytes("{\"id\": ")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, bytes("[{\"id\": 1}]")));
        assertEquals(Optional.empty(), IdempotencyKeys.of(null, null));
    }

    @Test
    void fingerprintIsTheSha256OfTheRawBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                IdempotencyKeys.fingerprint(new byte[0]));
        assertTrue(!IdempotencyKeys.fingerprint(bytes("{\"a\":1}"))
                .equals(IdempotencyKeys.fingerprint(bytes("{\"a\": 1}"))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
