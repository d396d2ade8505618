package dev.herald.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import dev.herald.config.HeraldConfig;
import dev.herald.resolve.Outcome;
import dev.herald.upstream.UpstreamClient;

/**
 * The Quarkus shell of the dispatch core: one {@link Dispatcher} over the guarded upstream client, with metrics.
 * Public: the event service delivers through it; tests read and reset the breaker.
 */
@ApplicationScoped
public class DeliveryService {

    private final Dispatcher dispatcher;
    private final DispatchMetrics metrics;

    DeliveryService(UpstreamClient client, HeraldConfig config, MeterRegistry registry) {
        this.metrics = new DispatchMetrics(registry);
        this.dispatcher = new Dispatcher(DeliverySettings.of(config, client.settings()),
                new GuardedTransport(client, config), metrics);
        registry.gauge("herald.upstream.circuit.open", this, s -> s.breakerState() == CircuitBreakerState.OPEN ? 1 : 0);
    }

    /** Delivers the messages of one event; one outcome per message, in order, never exceptionally. */
    public CompletableFuture<List<Delivery>> deliver(String trigger, List<Outcome.Ready> ready) {
        long start = System.nanoTime();
        metrics.event(trigger);
        if (ready.isEmpty()) {
            metrics.latency(Duration.ZERO);
            return CompletableFuture.completedFuture(List.of());
        }
        return dispatcher.deliverAsync(ready)
                .whenComplete((outcomes, never) -> metrics.latency(Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Counts one notification outcome (sent, skipped, rejected, auth, unavailable, unknown). */
    public void count(String outcome) {
        metrics.notification(outcome);
    }

    /** The upstream circuit breaker's state. */
    public CircuitBreakerState breakerState() {
        return GuardedTransport.state();
    }

    /** Closes the upstream circuit breaker and forgets its history (tests, operators). */
    public void resetBreaker() {
        CircuitBreakerMaintenance.get().reset(GuardedTransport.BREAKER);
    }

    @PreDestroy
    void close() {
        dispatcher.close();
    }
}
