package dev.herald.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the delivery of one event must not send again: notifications the provider already accepted under the same
 * idempotency key (an earlier attempt that failed later on), and {@code once_per} values already sent. Also records
 * what the provider accepts now. Public because the API layer's delivery consults it.
 */
public final class SendGuard {

    private static final String ONCE_PER_FINGERPRINT = "once_per";

    private final Idempotency idempotency;
    private final String requestKey;
    private final String fingerprint;
    private final Map<String, SentNotification> alreadySent = new LinkedHashMap<>();
    private final Clock clock;

    SendGuard(Idempotency idempotency, String requestKey, String fingerprint, List<SentNotification> alreadySent,
            Clock clock) {
        this.idempotency = idempotency;
        this.requestKey = requestKey;
        this.fingerprint = fingerprint;
        alreadySent.forEach(s -> this.alreadySent.put(s.name(), s));
        this.clock = clock;
    }

    /** The earlier acceptance of {@code notification} under this event's idempotency key, if any. */
    public Optional<SentNotification> alreadySent(String notification) {
        return Optional.ofNullable(alreadySent.get(notification));
    }

    /**
     * The skip reason when {@code notification} already sent its {@code once_per} {@code value} within the TTL:
     * {@code once_per: {event.customer.id} = cus-1 was already sent at 2026-01-01T10:00:00.123Z}.
     */
    public Optional<String> oncePerSkip(String notification, String expression, String value) {
        Optional<Entry> entry = Idempotency.join(idempotency.oncePer().find(oncePerKey(notification, value)));
        return entry.filter(e -> !e.sent().isEmpty()).map(e -> "once_per: " + expression + " = " + value
                + " was already sent at " + iso(e.sent().get(0).sentAt()));
    }

    /**
     * Records that the provider accepted {@code notification} (with its keys and language): under this event's
     * idempotency key, and its {@code once_per} value when it has one ({@code oncePerValue} may be null).
     */
    public void accepted(String notification, List<String> keys, String language, String oncePerValue) {
        SentNotification sent = new SentNotification(notification, keys, language, clock.instant());
        if (requestKey != null) {
            Idempotency.join(idempotency.requests().recordSent(requestKey, fingerprint, sent));
        }
        if (oncePerValue != null) {
            Idempotency.join(idempotency.oncePer().recordSent(oncePerKey(notification, oncePerValue),
                    ONCE_PER_FINGERPRINT, sent));
        }
    }

    private static String oncePerKey(String notification, String value) {
        return notification + '\n' + value;
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }
}
