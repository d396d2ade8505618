package dev.herald.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.herald.testing.MutableClock;

class InMemoryMessageLogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final InMemoryMessageLog log = new InMemoryMessageLog(clock, 3, Duration.ofHours(1), Duration.ofMinutes(5));

    private static SentMessage sent(String key) {
        return new SentMessage(key, "evt-1", "order.shipped", "order-shipped", "+90555*****43", "tr", "order_shipped",
                Instant.parse("2026-01-01T10:00:00Z"));
    }

    private static StatusUpdate update(String key, Status status, int second, Integer code) {
        return new StatusUpdate(key, status, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(second), code,
                code == null ? null : "title " + code);
    }

    @Test
    void sameCallbackTenTimesChangesNothingAfterTheFirst() {
        log.sent(sent("k1"));
        assertEquals(Applied.Outcome.APPLIED, log.apply(update("k1", Status.DELIVERED, 2, null)).outcome());
        for (int i = 0; i < 9; i++) {
            assertEquals(Applied.Outcome.DUPLICATE, log.apply(update("k1", Status.DELIVERED, 2, null)).outcome());
        }
        assertEquals(List.of(Status.SENT, Status.DELIVERED), statuses("k1"));
    }

    @Test
    void readBeforeDeliveredKeepsRead() {
        log.sent(sent("k1"));
        log.apply(update("k1", Status.READ, 5, null));
        log.apply(update("k1", Status.DELIVERED, 2, null));
        assertEquals(Status.READ, log.find("k1").orElseThrow().status());
        assertEquals(List.of(Status.SENT, Status.DELIVERED, Status.READ), statuses("k1"));
    }

    @Test
    void deliveredThenFailedKeepsBothFactsAndTheFurthestStatus() {
        log.sent(sent("k1"));
        log.apply(update("k1", Status.DELIVERED, 2, null));
        log.apply(update("k1", Status.FAILED, 3, 131047));
        MessageView view = log.find("k1").orElseThrow();
        assertEquals(Status.DELIVERED, view.status());
        MessageView.Entry failed = view.history().get(2);
        assertEquals(Status.FAILED, failed.status());
        assertEquals(131047, failed.code());
        assertEquals("no: send a template (24 h window closed)", failed.retry());
    }

    @Test
    void failedAfterSentBecomesTheStatus() {
        log.sent(sent("k1"));
        log.apply(update("k1", Status.FAILED, 3, 131026));
        assertEquals(Status.FAILED, log.find("k1").orElseThrow().status());
        assertEquals("no: undeliverable", log.find("k1").orElseThrow().history().get(1).retry());
    }

    @Test
    void unknownKeyIsKeptAndAppliedWhenTheSendArrives() {
        assertEquals(Applied.Outcome.PENDING, log.apply(update("k9", Status.DELIVERED, 2, null)).outcome());
        assertEquals(1, log.pendingCount());
        log.sent(sent("k9"));
        assertEquals(Status.DELIVERED, log.find("k9").orElseThrow().status());
        assertEquals(0, log.pendingCount());
    }

    @Test
    void pendingUpdatesExpire() {
        log.apply(update("k9", Status.DELIVERED, 2, null));
        clock.advance(Duration.ofMinutes(6));
        log.sent(sent("k9"));
        assertEquals(Status.SENT, log.find("k9").orElseThrow().status());
    }

    @Test
    void boundedBySizeAndTtl() {
        for (String key : List.of("a", "b", "c", "d")) {
            log.sent(sent(key));
        }
        assertEquals(true, log.find("a").isEmpty());
        assertEquals(3, log.byEvent("evt-1").size());
        clock.advance(Duration.ofMinutes(61));
        assertEquals(true, log.find("d").isEmpty());
    }

    @Test
    void timeToDeliveredIsMeasuredFromTheSend() {
        log.sent(sent("k1"));
        assertEquals(Duration.ofSeconds(2), log.apply(update("k1", Status.DELIVERED, 2, null)).sinceSent());
    }

    @Test
    void retryClassesFollowTheReference() {
        assertEquals("yes: back off", RetryClass.of(130429));
        assertEquals("no: undeliverable", RetryClass.of(131026));
        assertEquals("no: send a template (24 h window closed)", RetryClass.of(131047));
    }

    private List<Status> statuses(String key) {
        return log.find(key).orElseThrow().history().stream().map(MessageView.Entry::status).toList();
    }
}
