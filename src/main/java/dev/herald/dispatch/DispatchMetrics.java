package dev.herald.dispatch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.herald.upstream.SendResult;

/**
 * Herald's delivery metrics (Prometheus names in README): events by trigger, notifications by outcome, upstream
 * requests by outcome and status, retries, batch size, limiter wait, end-to-end delivery latency. Public for the API
 * layer and tests. The per-event counters are looked up once per tag value, not on every event.
 */
public final class DispatchMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary batchSize;
    private final Timer limiterWait;
    private final Timer latency;
    private final Map<String, Counter> events = new ConcurrentHashMap<>();
    private final Map<String, Counter> notifications = new ConcurrentHashMap<>();

    public DispatchMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.batchSize = DistributionSummary.builder("herald.batch.size").description("Messages per upstream request")
                .publishPercentileHistogram().register(registry);
        this.limiterWait = Timer.builder("herald.limiter.wait").description("Time a request waited for a permit")
                .publishPercentileHistogram().register(registry);
        this.latency = Timer.builder("herald.delivery.latency")
                .description("From an event's delivery start to its last message's outcome")
                .publishPercentileHistogram().register(registry);
    }

    /** One fired event. */
    public void event(String trigger) {
        events.computeIfAbsent(trigger, t -> registry.counter("herald.events", "trigger", t)).increment();
    }

    /** One notification outcome: sent, skipped, rejected, auth, unavailable, unknown. */
    public void notification(String outcome) {
        notifications.computeIfAbsent(outcome, o -> registry.counter("herald.notifications", "outcome", o)).increment();
    }

    /** The end-to-end delivery time of one event. */
    public void latency(Duration took) {
        latency.record(took);
    }

    void request(SendResult result) {
        String outcome = result instanceof SendResult.Failed f ? f.rule().toLowerCase(Locale.ROOT) : "accepted";
        String status = result instanceof SendResult.Failed f ? Integer.toString(f.status()) : "200";
        registry.counter("herald.upstream.requests", "outcome", outcome, "status", status).increment();
    }

    void retry(String rule) {
        registry.counter("herald.upstream.retries", "rule", rule.toLowerCase(Locale.ROOT)).increment();
    }

    void batch(int size) {
        batchSize.record(size);
    }

    void limiterWait(long nanos) {
        limiterWait.record(Duration.ofNanos(Math.max(0, nanos)));
    }
}
