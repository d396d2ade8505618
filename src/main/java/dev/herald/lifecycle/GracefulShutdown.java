package dev.herald.lifecycle;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;

import dev.herald.config.HeraldConfig;

/**
 * What Herald does on SIGTERM (serverless scale-down). Quarkus fires {@link ShutdownDelayInitiatedEvent} first thing in
 * its shutdown, while the HTTP server still serves ({@code quarkus.shutdown.delay-enabled=true}); this observer closes
 * the {@link Drain} there, so readiness reports DOWN at once and new events are answered 503 {@code SHUTTING_DOWN} with
 * {@code Retry-After}, and it holds the shutdown until every event in flight has its answer, for at most
 * {@code herald.delivery.deadline} plus {@code herald.shutdown.grace}. Only then does Quarkus stop the HTTP server.
 * Public because the entry points admit their events through {@link #drain()}.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);

    private final Drain drain = new Drain();
    private final Duration most;

    GracefulShutdown(HeraldConfig config) {
        this.most = config.delivery().deadline().plus(config.shutdown().grace());
    }

    /** Admits the events of the entry points; closed once shutdown has begun. */
    public Drain drain() {
        return drain;
    }

    void onShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        drain.close();
        long started = System.nanoTime();
        LOG.infof("Shutting down: readiness is DOWN, new events get 503 SHUTTING_DOWN; waiting up to %d ms for %d "
                + "event(s) in flight", most.toMillis(), drain.inFlight());
        int left = drain.awaitIdle(most);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (left == 0) {
            LOG.infof("Every event in flight has its answer after %d ms; stopping", millis);
        } else {
            LOG.warnf("%d event(s) still in flight after %d ms; stopping anyway", left, millis);
        }
    }
}
