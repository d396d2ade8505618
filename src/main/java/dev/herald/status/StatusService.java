package dev.herald.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The Quarkus shell around {@link MessageLog} and {@link CallbackParser}: records sends, applies callbacks and counts
 * them ({@code herald.callbacks{type,outcome}}, {@code herald.callbacks.unknown.keys}, timers
 * {@code herald.message.time.to.delivered} and {@code herald.message.time.to.read}). Public because the REST layer and
 * the event service use it.
 */
@ApplicationScoped
public class StatusService {

    private final MessageLog log;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();
    private final Counter unknownKeys;
    private final Timer toDelivered;
    private final Timer toRead;

    StatusService(MessageLog log, MeterRegistry registry) {
        this.log = log;
        this.registry = registry;
        this.unknownKeys = Counter.builder("herald.callbacks.unknown.keys")
                .description("Callback updates for keys not (yet) recorded as sent").register(registry);
        this.toDelivered = Timer.builder("herald.message.time.to.delivered")
                .description("Time from send to the first delivered callback").register(registry);
        this.toRead = Timer.builder("herald.message.time.to.read")
                .description("Time from send to the first read callback").register(registry);
    }

    /** Records a send (called by the event service once the provider returned its key). */
    public void sent(SentMessage message) {
        log.sent(message);
    }

    /**
     * Applies one callback body.
     *
     * @throws MalformedCallbackException
     *             when the body is not a callback (counted as {@code outcome=malformed})
     */
    public CallbackParser.Parsed callback(JsonNode body) {
        CallbackParser.Parsed parsed;
        try {
            parsed = CallbackParser.parse(body, clock.instant());
        } catch (MalformedCallbackException e) {
            count("unknown", "malformed");
            throw e;
        }
        String type = parsed.kind().name().toLowerCase(Locale.ROOT);
        for (StatusUpdate update : parsed.updates()) {
            Applied applied = log.apply(update);
            count(type, applied.outcome().name().toLowerCase(Locale.ROOT));
            if (applied.outcome() == Applied.Outcome.PENDING) {
                unknownKeys.increment();
            }
            Duration since = applied.sinceSent();
            if (since != null) {
                (update.status() == Status.READ ? toRead : toDelivered).record(since);
            }
        }
        return parsed;
    }

    /** Counts a refused callback (bad token). */
    public void refused() {
        count("unknown", "unauthenticated");
    }

    public Optional<MessageView> find(String key) {
        return log.find(key);
    }

    public List<MessageView> byEvent(String eventId) {
        return log.byEvent(eventId);
    }

    private void count(String type, String outcome) {
        registry.counter("herald.callbacks", "type", type, "outcome", outcome).increment();
    }
}
