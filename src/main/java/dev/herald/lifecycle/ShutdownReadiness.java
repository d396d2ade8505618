package dev.herald.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN from the moment shutdown begins, so that the platform routes new events elsewhere; reports the events left. */
@Readiness
@ApplicationScoped
class ShutdownReadiness implements HealthCheck {

    private final Drain drain;

    ShutdownReadiness(GracefulShutdown shutdown) {
        this.drain = shutdown.drain();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!drain.closed()).withData("in_flight", drain.inFlight())
                .build();
    }
}
