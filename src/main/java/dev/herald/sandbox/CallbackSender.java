package dev.herald.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The emulator's status callbacks: for every accepted message, {@code sent} after 1 s, then {@code delivered} after 2 s
 * and {@code read} after 5 s (or {@code failed} with the configured Meta code for chosen numbers), each delay times the
 * time scale, posted as Meta status objects with the key and {@code Authorization: Bearer <token>}. A non-2xx answer or
 * an I/O failure is retried on the provider's schedule (1, 2, 3, 8, 13, 18, 28, 38, 48, 60 min after the first attempt,
 * scaled). Runs on its own scheduled thread and the JDK client's async I/O: never on the event loop.
 */
final class CallbackSender implements SendListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CallbackSender.class);

    /** Minutes after the first attempt at which the provider retries. */
    static final List<Integer> RETRY_MINUTES = List.of(1, 2, 3, 8, 13, 18, 28, 38, 48, 60);

    private final URI url;
    private final String token;
    private final double scale;
    private final Map<String, Integer> failNumbers;
    private final ObjectMapper mapper;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    CallbackSender(URI url, String token, double scale, Map<String, Integer> failNumbers, ObjectMapper mapper) {
        this.url = url;
        this.token = token;
        this.scale = scale;
        this.failNumbers = Map.copyOf(failNumbers);
        this.mapper = mapper;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-callbacks");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void accepted(AcceptedMessage message) {
        Integer failCode = failNumbers.get(message.phoneNumber());
        schedule(status(message, "sent", null), 1_000);
        if (failCode != null) {
            schedule(status(message, "failed", failCode), 2_000);
        } else {
            schedule(status(message, "delivered", null), 2_000);
            schedule(status(message, "read", null), 5_000);
        }
    }

    /** Callback posts tried so far (first attempts and retries). */
    long attempts() {
        return attempts.get();
    }

    /** Callbacks answered 2xx. */
    long delivered() {
        return delivered.get();
    }

    private ObjectNode status(AcceptedMessage message, String status, Integer failCode) {
        ObjectNode body = mapper.createObjectNode();
        body.put("id", "wamid." + message.key().substring(message.key().indexOf('-') + 1));
        body.put("status", status);
        body.put("recipient_id", message.phoneNumber().replace("+", ""));
        body.put("key", message.key());
        if (failCode != null) {
            ObjectNode error = body.putArray("errors").addObject();
            error.put("code", failCode);
            error.put("title", "Sandbox failure " + failCode);
            error.put("message", "Sandbox failure " + failCode);
            error.putObject("error_data").put("details", "configured in herald.sandbox.callbacks.fail-numbers");
        }
        return body;
    }

    private void schedule(ObjectNode body, long realMillis) {
        scheduler.schedule(() -> {
            body.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
            post(body.toString(), 0);
        }, scaled(realMillis), TimeUnit.MILLISECONDS);
    }

    private long scaled(long realMillis) {
        return Math.max(0, Math.round(realMillis * scale));
    }

    private void post(String body, int retry) {
        attempts.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
                return;
            }
            if (retry >= RETRY_MINUTES.size()) {
                LOG.warnf("Sandbox callback to %s given up after %d retries", url, retry);
                return;
            }
            long previous = retry == 0 ? 0 : RETRY_MINUTES.get(retry - 1);
            long delay = scaled((RETRY_MINUTES.get(retry) - previous) * 60_000L);
            LOG.debugf("Sandbox callback answered %s; retry %d in %d ms",
                    failure == null ? response.statusCode() : failure.toString(), retry + 1, delay);
            scheduler.schedule(() -> post(body, retry + 1), delay, TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
