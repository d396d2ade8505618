package dev.herald.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An {@link IdempotencyStore} in this process's memory, bounded in size and time: an entry lives {@code ttl} from its
 * first request; beyond {@code maxEntries} the oldest entries are forgotten first. Entries are kept in arrival order,
 * so expired ones are dropped from the head and every operation is O(1) (amortised). Thread-safe: one lock, held only
 * for map operations. Public because the CDI glue and tests build it.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final LinkedHashMap<String, Slot> slots = new LinkedHashMap<>();

    public InMemoryIdempotencyStore(Clock clock, Duration ttl, int maxEntries) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, not " + ttl);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** One key's mutable state, guarded by the store's lock. */
    private static final class Slot {
        final String fingerprint;
        final Instant createdAt;
        Entry.State state;
        StoredAnswer answer;
        final List<SentNotification> sent = new ArrayList<>();

        Slot(String fingerprint, Instant createdAt, Entry.State state) {
            this.fingerprint = fingerprint;
            this.createdAt = createdAt;
            this.state = state;
        }

        Entry snapshot() {
            return new Entry(fingerprint, state, answer, sent, createdAt);
        }
    }

    @Override
    public CompletionStage<Claim> claim(String key, String fingerprint) {
        synchronized (slots) {
            Slot slot = live(key);
            if (slot == null) {
                insert(key, new Slot(fingerprint, clock.instant(), Entry.State.IN_FLIGHT));
                return done(new Claim.Won(List.of()));
            }
            if (!slot.fingerprint.equals(fingerprint)) {
                return done(new Claim.KeyReused());
            }
            return done(switch (slot.state) {
            case COMPLETED -> new Claim.Replay(slot.answer);
            case IN_FLIGHT -> new Claim.InFlight();
            case OPEN -> {
                slot.state = Entry.State.IN_FLIGHT;
                yield new Claim.Won(slot.sent);
            }
            });
        }
    }

    @Override
    public CompletionStage<Void> recordSent(String key, String fingerprint, SentNotification sent) {
        synchronized (slots) {
            Slot slot = live(key);
            if (slot == null) {
                slot = new Slot(fingerprint, clock.instant(), Entry.State.OPEN);
                insert(key, slot);
            }
            slot.sent.removeIf(s -> s.name().equals(sent.name()));
            slot.sent.add(sent);
        }
        return done(null);
    }

    @Override
    public CompletionStage<Void> complete(String key, StoredAnswer answer) {
        synchronized (slots) {
            Slot slot = live(key);
            if (slot != null) {
                slot.state = Entry.State.COMPLETED;
                slot.answer = answer;
            }
        }
        return done(null);
    }

    @Override
    public CompletionStage<Void> release(String key) {
        synchronized (slots) {
            Slot slot = live(key);
            if (slot != null && slot.state == Entry.State.IN_FLIGHT) {
                if (slot.sent.isEmpty()) {
                    slots.remove(key);
                } else {
                    slot.state = Entry.State.OPEN;
                }
            }
        }
        return done(null);
    }

    @Override
    public CompletionStage<Optional<Entry>> find(String key) {
        synchronized (slots) {
            Slot slot = live(key);
            return done(slot == null ? Optional.empty() : Optional.of(slot.snapshot()));
        }
    }

    /** How many entries are held, expired ones included until they are dropped. For tests and metrics. */
    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    /** The unexpired slot of {@code key}, after dropping expired entries from the head. Caller holds the lock. */
    private Slot live(String key) {
        Instant now = clock.instant();
        Iterator<Slot> oldest = slots.values().iterator();
        while (oldest.hasNext()) {
            if (!expired(oldest.next(), now)) {
                break;
            }
            oldest.remove();
        }
        Slot slot = slots.get(key);
        if (slot != null && expired(slot, now)) {
            slots.remove(key); // only when the clock went backwards; arrival order is time order otherwise
            return null;
        }
        return slot;
    }

    private boolean expired(Slot slot, Instant now) {
        return !now.isBefore(slot.createdAt.plus(ttl));
    }

    /** Adds at the tail (newest) and forgets the oldest beyond the bound. Caller holds the lock. */
    private void insert(String key, Slot slot) {
        slots.remove(key);
        slots.put(key, slot);
        Iterator<Map.Entry<String, Slot>> oldest = slots.entrySet().iterator();
        while (slots.size() > maxEntries && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
