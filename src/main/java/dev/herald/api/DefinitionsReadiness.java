package dev.herald.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.herald.config.EngineHolder;
import dev.herald.upstream.UpstreamClient;

/** Ready once the definitions are compiled; reports their count and where messages go. */
@Readiness
@ApplicationScoped
class DefinitionsReadiness implements HealthCheck {

    private final EngineHolder engines;
    private final UpstreamClient upstream;

    DefinitionsReadiness(EngineHolder engines, UpstreamClient upstream) {
        this.engines = engines;
        this.upstream = upstream;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("definitions")
                .status(engines.loaded() || !engines.enabled());
        if (engines.loaded()) {
            response.withData("notifications", engines.engine().definitions().size());
        }
        var settings = upstream.settings();
        return response
                .withData("upstream-mode", settings.mode() == null ? "unset" : settings.mode().name().toLowerCase())
                .withData("api-version", settings.version().name().toLowerCase()).build();
    }
}
