package dev.herald.dispatch;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness data about the upstream: {@code circuit} is {@code closed}, {@code open} or {@code half_open}. It stays UP
 * while the breaker is open: every instance shares the same provider, so taking all of them out of rotation would turn
 * fast 503 + Retry-After answers into connection errors.
 */
@Readiness
@ApplicationScoped
class UpstreamReadiness implements HealthCheck {

    private final DeliveryService delivery;

    UpstreamReadiness(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("upstream").up()
                .withData("circuit", delivery.breakerState().name().toLowerCase()).build();
    }
}
