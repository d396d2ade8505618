package dev.herald.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default {@link MessageLog}: bounded (oldest sends dropped beyond {@code maxSize}) and forgetful (sends older than
 * {@code ttl}, pending updates older than {@code pendingTtl}). One lock; every operation is a few map operations.
 * Public because the wiring creates it.
 */
public final class InMemoryMessageLog implements MessageLog {

    private final Clock clock;
    private final int maxSize;
    private final Duration ttl;
    private final Duration pendingTtl;
    private final LinkedHashMap<String, Entry> messages = new LinkedHashMap<>();
    private final LinkedHashMap<String, Pending> pending = new LinkedHashMap<>();

    private static final class Entry {
        final SentMessage sent;
        final Instant recordedAt;
        final List<StatusUpdate> facts = new ArrayList<>();
        Status status = Status.SENT;

        Entry(SentMessage sent, Instant recordedAt) {
            this.sent = sent;
            this.recordedAt = recordedAt;
        }
    }

    private record Pending(Instant receivedAt, List<StatusUpdate> updates) {
    }

    public InMemoryMessageLog(Clock clock, int maxSize, Duration ttl, Duration pendingTtl) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, was " + maxSize);
        }
        this.clock = clock;
        this.maxSize = maxSize;
        this.ttl = ttl;
        this.pendingTtl = pendingTtl;
    }

    @Override
    public synchronized void sent(SentMessage message) {
        Instant now = clock.instant();
        expire(now);
        Entry entry = messages.computeIfAbsent(message.key(), k -> new Entry(message, now));
        if (messages.size() > maxSize) {
            Iterator<String> oldest = messages.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        Pending waiting = pending.remove(message.key());
        if (waiting != null) {
            waiting.updates().forEach(u -> applyTo(entry, u));
        }
    }

    @Override
    public synchronized Applied apply(StatusUpdate update) {
        Instant now = clock.instant();
        expire(now);
        Entry entry = messages.get(update.key());
        if (entry == null) {
            Pending waiting = pending.computeIfAbsent(update.key(), k -> new Pending(now, new ArrayList<>()));
            if (waiting.updates().stream().noneMatch(update::sameFact)) {
                waiting.updates().add(update);
            }
            if (pending.size() > maxSize) {
                Iterator<String> oldest = pending.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            return new Applied(Applied.Outcome.PENDING, null);
        }
        return applyTo(entry, update);
    }

    private static Applied applyTo(Entry entry, StatusUpdate update) {
        if (entry.facts.stream().anyMatch(update::sameFact)) {
            return new Applied(Applied.Outcome.DUPLICATE, null);
        }
        entry.facts.add(update);
        if (update.status().rank() > entry.status.rank()) {
            entry.status = update.status();
        }
        Duration since = null;
        if (update.status() == Status.DELIVERED || update.status() == Status.READ) {
            since = Duration.between(entry.sent.sentAt(), update.at());
            if (since.isNegative()) {
                since = Duration.ZERO;
            }
        }
        return new Applied(Applied.Outcome.APPLIED, since);
    }

    @Override
    public synchronized Optional<MessageView> find(String key) {
        expire(clock.instant());
        return Optional.ofNullable(messages.get(key)).map(InMemoryMessageLog::view);
    }

    @Override
    public synchronized List<MessageView> byEvent(String eventId) {
        expire(clock.instant());
        return messages.values().stream().filter(e -> e.sent.eventId().equals(eventId)).map(InMemoryMessageLog::view)
                .toList();
    }

    @Override
    public synchronized int pendingCount() {
        expire(clock.instant());
        return pending.values().stream().mapToInt(p -> p.updates().size()).sum();
    }

    private static MessageView view(Entry entry) {
        List<MessageView.Entry> history = new ArrayList<>();
        boolean sentFact = entry.facts.stream().anyMatch(f -> f.status() == Status.SENT);
        if (!sentFact) {
            history.add(new MessageView.Entry(Status.SENT, entry.sent.sentAt(), null, null, null));
        }
        entry.facts.stream().sorted(Comparator.comparing(StatusUpdate::at).thenComparing(f -> f.status().rank()))
                .map(f -> f.status() == Status.FAILED
                        ? new MessageView.Entry(f.status(), f.at(), f.code(), f.title(), RetryClass.of(f.code()))
                        : new MessageView.Entry(f.status(), f.at(), null, null, null))
                .forEach(history::add);
        history.sort(Comparator.comparing(MessageView.Entry::at).thenComparing(e -> e.status().rank()));
        return new MessageView(entry.sent, entry.status, List.copyOf(history));
    }

    /** Drops expired sends and pending updates; both maps are in insertion (time) order. */
    private void expire(Instant now) {
        Iterator<Entry> sends = messages.values().iterator();
        while (sends.hasNext()) {
            Entry e = sends.next();
            if (e.recordedAt.plus(ttl).isAfter(now)) {
                break;
            }
            sends.remove();
        }
        Iterator<Map.Entry<String, Pending>> waiting = pending.entrySet().iterator();
        while (waiting.hasNext()) {
            if (waiting.next().getValue().receivedAt().plus(pendingTtl).isAfter(now)) {
                break;
            }
            waiting.remove();
        }
    }
}
