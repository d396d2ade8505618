package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RequestLogTest {

    private static final JsonMapper JSON = new JsonMapper();

    private static ObjectNode batch(int messages) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < messages; i++) {
            body.withArray("messages").addObject().put("phoneNumber", "+90555000" + i);
        }
        return body;
    }

    @Test
    void keepsTheLastRequestsUpToItsCapacity() {
        RequestLog log = new RequestLog(3);
        for (int i = 0; i < 5; i++) {
            log.record(ApiVersion.V1, Instant.EPOCH, batch(1), 200, List.of(), null);
        }
        assertEquals(List.of(3L, 4L, 5L), log.all().stream().map(ReceivedRequest::sequence).toList());
    }

    @Test
    void boundsTheMessagesHeldSoThatLargeBatchesCannotExhaustMemory() {
        RequestLog log = new RequestLog(RequestLog.DEFAULT_CAPACITY);
        int batches = RequestLog.MESSAGE_CAPACITY / 50 + 10;
        for (int i = 0; i < batches; i++) {
            log.record(ApiVersion.V1, Instant.EPOCH, batch(50), 200, List.of(), null);
        }
        assertEquals(RequestLog.MESSAGE_CAPACITY / 50, log.all().size());
        assertEquals(batches, log.all().get(log.all().size() - 1).sequence(), "the newest is kept");
    }

    @Test
    void alwaysKeepsTheNewestRequestHoweverLarge() {
        RequestLog log = new RequestLog(10);
        log.record(ApiVersion.V1, Instant.EPOCH, batch(1), 200, List.of(), null);
        log.record(ApiVersion.V1, Instant.EPOCH, batch(RequestLog.MESSAGE_CAPACITY + 1), 200, List.of(), null);
        assertEquals(List.of(2L), log.all().stream().map(ReceivedRequest::sequence).toList());
    }
}
