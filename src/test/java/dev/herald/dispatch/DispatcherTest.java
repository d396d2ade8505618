package dev.herald.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.herald.dispatch.FakeUpstream.Reply;
import dev.herald.message.Message;
import dev.herald.message.Text;
import dev.herald.resolve.Outcome;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.FailureRule;
import dev.herald.upstream.JdkWire;
import dev.herald.upstream.UpstreamFailure;

/** The dispatch core against a scripted provider on a loopback port: exact request counts per fault kind. */
class DispatcherTest {

    static final String ERROR_2003 = "{\"message\":\"failed\",\"error\":{\"code\":\"2003\",\"message\":\"There is no active provider.\"}}";
    static final String BAD_PHONE = "+19999999999";

    FakeUpstream upstream;
    Dispatcher dispatcher;
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws Exception {
        upstream = FakeUpstream.start();
    }

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        upstream.close();
    }

    Dispatcher dispatcher(ApiVersion version, Duration deadline, Duration timeout, int rate, int maxMessages,
            Duration linger) {
        return dispatcher(upstream.uri(), version, deadline, timeout, rate, maxMessages, linger);
    }

    Dispatcher dispatcher(URI base, ApiVersion version, Duration deadline, Duration timeout, int rate, int maxMessages,
            Duration linger) {
        DeliverySettings settings = new DeliverySettings(version, "+905551234567", deadline, timeout, rate,
                Duration.ofMillis(50), Duration.ofMillis(400), 0.5, maxMessages, linger, Duration.ofSeconds(5));
        var client = JdkWire.client(base, version, timeout);
        dispatcher = new Dispatcher(settings, client::send, new DispatchMetrics(registry));
        return dispatcher;
    }

    Dispatcher simple(ApiVersion version) {
        return dispatcher(version, Duration.ofSeconds(5), Duration.ofMillis(500), 1000, 50, Duration.ofMillis(2));
    }

    static Outcome.Ready ready(String name, String phone) {
        return ready(name, phone, null);
    }

    static Outcome.Ready ready(String name, String phone, String from) {
        Message text = new Message("text", null, new Text("Hi " + name, null), null, null, null, null, null, null, null,
                null);
        return new Outcome.Ready(name, new Outcome.Recipient(phone, null, from, null, Map.of()), text, null, null, null,
                List.of(), List.of(), null);
    }

    static String phone(int i) {
        return String.format("+90555%07d", i);
    }

    @Test
    void retriesAfter429HonouringRetryAfter() {
        upstream.then(Reply.of(429, "{\"message\":\"rate limited\"}").retryAfter("1"));
        Delivery d = simple(ApiVersion.V1).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);

        assertEquals(Delivery.Kind.SENT, d.kind());
        assertEquals(2, upstream.requests());
        var r = upstream.received();
        long gap = r.get(1).atMillis() - r.get(0).atMillis();
        assertTrue(gap >= 950 && gap < 1600, "second request " + gap + " ms after the 429");
        assertEquals(r.get(1).keys().get(0), d.key());
    }

    @Test
    void retries503WithBackoffThenSucceeds() {
        upstream.then(Reply.of(503, ""));
        Delivery d = simple(ApiVersion.V1).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);
        assertEquals(Delivery.Kind.SENT, d.kind());
        assertEquals(2, upstream.requests());
    }

    @Test
    void retries2003ThenSucceeds() {
        upstream.then(Reply.of(400, ERROR_2003), Reply.of(400, ERROR_2003));
        Delivery d = simple(ApiVersion.V2).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);
        assertEquals(Delivery.Kind.SENT, d.kind());
        assertEquals(3, upstream.requests());
    }

    @Test
    void v2RefreshesTheTokenOnceOn401AndRetriesOnce() {
        upstream.then(Reply.of(401, "{\"message\":\"unauthorized\"}"));
        Delivery d = simple(ApiVersion.V2).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);

        assertEquals(Delivery.Kind.SENT, d.kind());
        assertEquals(2, upstream.requests());
        assertEquals(2, upstream.tokenRequests(), "the first token and one refresh");
        assertEquals("Bearer tok-1", upstream.received().get(0).auth());
        assertEquals("Bearer tok-2", upstream.received().get(1).auth());
    }

    @Test
    void v2Repeated401IsAuthFailureAfterOneRefresh() {
        upstream.otherwise(body -> Reply.of(401, "{\"message\":\"unauthorized\"}"));
        Delivery d = simple(ApiVersion.V2).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);

        assertEquals(Delivery.Kind.FAILED, d.kind());
        assertEquals(UpstreamFailure.AUTH, d.failure().failure());
        assertEquals(502, d.failure().failure().httpStatus());
        assertEquals(2, upstream.requests());
        assertEquals(2, upstream.tokenRequests());
    }

    @Test
    void ipRestrictedIsNotRetried() {
        upstream.then(Reply.of(403,
                "{\"message\":\"ip-restricted\",\"error\":{\"message\":\"ip-restricted\",\"code\":1088}}"));
        Delivery d = simple(ApiVersion.V1).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);

        assertEquals(Delivery.Kind.FAILED, d.kind());
        assertEquals(FailureRule.FORBIDDEN, d.failure().row());
        assertEquals(502, d.failure().failure().httpStatus());
        assertEquals(1, upstream.requests());
    }

    @Test
    void validationAndDecodeRefusalsAreNotRetried() {
        upstream.then(Reply.of(400, "{\"error\":{\"code\":\"2002\",\"message\":\"phone_number invalid\"}}"),
                Reply.of(400, "{\"error\":{\"code\":2001}}"));
        Dispatcher d = simple(ApiVersion.V1);
        Delivery first = d.deliverAsync(List.of(ready("a", phone(1)))).join().get(0);
        assertEquals(1, upstream.requests());
        Delivery second = d.deliverAsync(List.of(ready("b", phone(2)))).join().get(0);
        assertEquals(2, upstream.requests());

        assertEquals(FailureRule.INVALID, first.failure().row());
        assertEquals(FailureRule.UNDECODABLE, second.failure().row());
        assertEquals(422, first.failure().failure().httpStatus());
        assertEquals(422, second.failure().failure().httpStatus());
        assertEquals(Delivery.Kind.FAILED, second.kind());
    }

    @Test
    void timeoutAfterTheRequestWasSentIsNotResent() {
        upstream.then(Reply.of(200, "").after(1500));
        long start = System.nanoTime();
        Delivery d = dispatcher(ApiVersion.V1, Duration.ofSeconds(3), Duration.ofMillis(300), 1000, 50,
                Duration.ofMillis(2)).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);
        long took = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Delivery.Kind.UNKNOWN, d.kind());
        assertEquals(FailureRule.TIMEOUT, d.failure().row());
        assertEquals(503, d.failure().failure().httpStatus());
        assertTrue(d.failure().detail().contains("may have accepted"), d.failure().detail());
        assertTrue(took < 1000, took + " ms");
        assertEquals(1, upstream.requests());
    }

    @Test
    void droppedConnectionIsNotResent() {
        upstream.then(Reply.dropConnection());
        Delivery d = simple(ApiVersion.V1).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);
        assertEquals(Delivery.Kind.UNKNOWN, d.kind());
        assertEquals(FailureRule.CONNECTION_RESET, d.failure().row());
        assertEquals(1, upstream.requests());
    }

    @Test
    void refusedConnectionIsRetriedUntilTheDeadlineThen503() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        Delivery d = dispatcher(URI.create("http://127.0.0.1:" + port), ApiVersion.V1, Duration.ofMillis(1000),
                Duration.ofMillis(200), 1000, 50, Duration.ofMillis(2)).deliverAsync(List.of(ready("a", phone(1))))
                        .join().get(0);
        long took = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Delivery.Kind.NOT_SENT, d.kind());
        assertEquals(FailureRule.CONNECTION_REFUSED, d.failure().row());
        assertNotNull(d.failure().retryAfter());
        assertTrue(took >= 600 && took <= 1100, took + " ms");
        assertTrue(registry.counter("herald.upstream.retries", "rule", "connection_refused").count() >= 3);
    }

    @Test
    void deadlineAnswers503AtTheDeadlineWhenTheProviderStaysDown() {
        upstream.otherwise(body -> Reply.of(503, ""));
        long start = System.nanoTime();
        Delivery d = dispatcher(ApiVersion.V1, Duration.ofMillis(1500), Duration.ofMillis(300), 1000, 50,
                Duration.ofMillis(2)).deliverAsync(List.of(ready("a", phone(1)))).join().get(0);
        long took = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Delivery.Kind.NOT_SENT, d.kind());
        assertEquals(503, d.failure().failure().httpStatus());
        assertEquals(Duration.ofSeconds(1), d.failure().retryAfter());
        assertTrue(took >= 1100 && took <= 1550, "answered after " + took + " ms");
        System.out.printf("DEADLINE: answered after %d ms, %d upstream requests%n", took, upstream.requests());
    }

    @Test
    void recoversWhenTheProviderComesBackWithinTheDeadline() throws Exception {
        long recoverAt = System.currentTimeMillis() + 1000;
        upstream.otherwise(body -> System.currentTimeMillis() < recoverAt ? Reply.of(503, "") : null);
        Dispatcher d = dispatcher(ApiVersion.V2, Duration.ofSeconds(4), Duration.ofMillis(500), 1000, 50,
                Duration.ofMillis(2));
        ExecutorService callers = Executors.newFixedThreadPool(10);
        List<Future<Delivery>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Outcome.Ready r = ready("n" + i, phone(i));
            answers.add(callers.submit(() -> d.deliverAsync(List.of(r)).join().get(0)));
            Thread.sleep(50);
        }
        for (Future<Delivery> a : answers) {
            assertEquals(Delivery.Kind.SENT, a.get().kind());
        }
        callers.shutdown();
        Map<String, Integer> accepted = acceptedPerPhone();
        assertEquals(10, accepted.size());
        accepted.forEach((phone, times) -> assertEquals(1, times, phone + " accepted " + times + " times"));
    }

    @Test
    void pacesAllRequestsUnderTenTimesTheLimit() throws Exception {
        int limit = 20;
        Dispatcher d = dispatcher(ApiVersion.V1, Duration.ofMillis(1500), Duration.ofMillis(300), limit, 1,
                Duration.ZERO);
        ExecutorService callers = Executors.newCachedThreadPool();
        List<Future<Delivery>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 500; i++) { // 200 events per second for 2.5 s
            Outcome.Ready r = ready("n" + i, phone(i));
            answers.add(callers.submit(() -> d.deliverAsync(List.of(r)).join().get(0)));
            Pacer.sleepUntil(start + (i + 1) * 5_000_000L);
        }
        int sent = 0;
        int deferred = 0;
        for (Future<Delivery> a : answers) {
            Delivery delivery = a.get();
            if (delivery.kind() == Delivery.Kind.SENT) {
                sent++;
            } else {
                assertEquals(Delivery.Kind.NOT_SENT, delivery.kind());
                assertNotNull(delivery.failure().retryAfter());
                deferred++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        callers.shutdown();
        Map<Long, Integer> perSecond = upstream.perSecond();
        int max = perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.printf(
                "PACING: limit %d/s, offered 200 events/s for 2.5 s: per wall-clock second %s, max %d;"
                        + " %d sent, %d answered 503, %.1f requests/s over %.1f s%n",
                limit, perSecond.values(), max, sent, deferred, upstream.requests() / seconds, seconds);
        assertTrue(max <= limit, "a wall-clock second saw " + max + " requests");
        assertEquals(sent, upstream.requests());
        assertTrue(sent >= 45, "throughput too low: " + sent);
    }

    @Test
    void concurrentEventsShareRequestsAndGetTheirOwnKeys() throws Exception {
        Dispatcher d = dispatcher(ApiVersion.V2, Duration.ofSeconds(5), Duration.ofMillis(500), 1000, 50,
                Duration.ofMillis(20));
        ExecutorService callers = Executors.newFixedThreadPool(40);
        List<Future<List<Delivery>>> answers = new ArrayList<>();
        List<List<Outcome.Ready>> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<Outcome.Ready> event = i % 4 == 0
                    ? List.of(ready("a" + i, phone(2 * i)), ready("b" + i, phone(2 * i + 1)))
                    : List.of(ready("a" + i, phone(2 * i)));
            events.add(event);
            answers.add(callers.submit(() -> d.deliverAsync(event).join()));
        }
        Map<String, String> keyOfPhone = new HashMap<>();
        for (FakeUpstream.Received r : upstream.received()) {
            for (int i = 0; i < r.phones().size(); i++) {
                keyOfPhone.put(r.phones().get(i), r.keys().get(i));
            }
        }
        int messages = 0;
        for (int i = 0; i < 40; i++) {
            List<Delivery> got = answers.get(i).get();
            for (int m = 0; m < events.get(i).size(); m++) {
                messages++;
                assertEquals(Delivery.Kind.SENT, got.get(m).kind());
                keyOfPhone = keysByPhone();
                assertEquals(keyOfPhone.get(events.get(i).get(m).recipient().phoneNumber()), got.get(m).key());
            }
        }
        callers.shutdown();
        System.out.printf(
                "BATCHING: 40 concurrent events, %d messages, %d upstream requests (%.2f per event),"
                        + " %d token request(s)%n",
                messages, upstream.requests(), upstream.requests() / 40.0, upstream.tokenRequests());
        assertTrue(upstream.requests() <= 5, upstream.requests() + " requests");
        assertEquals(1, upstream.tokenRequests(), "concurrent callers share one token request");
        assertEquals(messages, acceptedPerPhone().size());
    }

    @Test
    void v2BatchesGroupBySender() {
        Dispatcher d = dispatcher(ApiVersion.V2, Duration.ofSeconds(5), Duration.ofMillis(500), 1000, 50,
                Duration.ofMillis(20));
        List<Delivery> got = d
                .deliverAsync(List.of(ready("a", phone(1)), ready("b", phone(2), "+15550000001"), ready("c", phone(3))))
                .join();
        got.forEach(g -> assertEquals(Delivery.Kind.SENT, g.kind()));
        assertEquals(2, upstream.requests());
        Map<String, List<String>> phonesByFrom = new HashMap<>();
        upstream.received().forEach(r -> phonesByFrom.put(r.body().path("from").asText(), r.phones()));
        assertEquals(Map.of("+905551234567", List.of(phone(1), phone(3)), "+15550000001", List.of(phone(2))),
                phonesByFrom);
    }

    @Test
    void oneInvalidMessageInABatchFailsAloneAndNoAcceptedMessageIsResent() throws Exception {
        upstream.otherwise(body -> body.toString().contains(BAD_PHONE)
                ? Reply.of(400, "{\"message\":\"failed to validate request\",\"error\":{\"code\":\"2002\"}}") : null);
        Dispatcher d = dispatcher(ApiVersion.V2, Duration.ofSeconds(5), Duration.ofMillis(500), 1000, 50,
                Duration.ofMillis(50));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Delivery>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Outcome.Ready r = ready("n" + i, i == 5 ? BAD_PHONE : phone(i));
            answers.add(callers.submit(() -> d.deliverAsync(List.of(r)).join().get(0)));
        }
        for (int i = 0; i < 8; i++) {
            Delivery got = answers.get(i).get();
            if (i == 5) {
                assertEquals(Delivery.Kind.FAILED, got.kind());
                assertEquals(FailureRule.INVALID, got.failure().row());
                assertEquals(422, got.failure().failure().httpStatus());
            } else {
                assertEquals(Delivery.Kind.SENT, got.kind(), "message " + i);
                assertNotNull(got.key());
            }
        }
        callers.shutdown();
        assertEquals(8, upstream.received().get(0).phones().size(), "all eight shared the first request");
        Map<String, Integer> accepted = acceptedPerPhone();
        assertEquals(7, accepted.size());
        accepted.forEach((phone, times) -> assertEquals(1, times, phone + " accepted " + times + " times"));
        System.out.printf("ISOLATION: batch of 8 with one invalid message: %d requests%n", upstream.requests());
        assertEquals(7, upstream.requests(), "8 -> 4+4 -> 2+2 -> 1+1");
    }

    private Map<String, Integer> acceptedPerPhone() {
        Map<String, Integer> accepted = new HashMap<>();
        upstream.received().stream().filter(r -> r.status() == 200)
                .forEach(r -> r.phones().forEach(p -> accepted.merge(p, 1, Integer::sum)));
        return accepted;
    }

    private Map<String, String> keysByPhone() {
        Map<String, String> keyOfPhone = new HashMap<>();
        for (FakeUpstream.Received r : upstream.received()) {
            for (int i = 0; i < r.keys().size(); i++) {
                keyOfPhone.put(r.phones().get(i), r.keys().get(i));
            }
        }
        return keyOfPhone;
    }
}
