package dev.herald.idempotency;

import java.util.List;

/** What {@link IdempotencyStore#claim} found. Public because the API layer switches on it. */
public sealed interface Claim permits Claim.Won, Claim.Replay, Claim.InFlight, Claim.KeyReused {

    /** The caller now holds the key and must {@code complete} or {@code release} it; {@code alreadySent} is skipped. */
    record Won(List<SentNotification> alreadySent) implements Claim {
        public Won {
            alreadySent = List.copyOf(alreadySent);
        }
    }

    /** A request with this key and body already completed: answer it again. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** A request with this key and body is being processed right now. */
    record InFlight() implements Claim {
    }

    /** The key was first used with a different body. */
    record KeyReused() implements Claim {
    }
}
