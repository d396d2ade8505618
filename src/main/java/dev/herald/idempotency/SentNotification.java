package dev.herald.idempotency;

import java.time.Instant;
import java.util.List;

/**
 * A notification the provider accepted: its name, the provider's message keys, the language sent and when. Public
 * because the API layer reports it again on a retry.
 */
public record SentNotification(String name, List<String> keys, String language, Instant sentAt) {

    public SentNotification {
        keys = List.copyOf(keys);
    }
}
