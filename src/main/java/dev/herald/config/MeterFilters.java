package dev.herald.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/** Meter filters Quarkus applies to every registry before any binder registers a meter. */
@Singleton
class MeterFilters {

    /** The Netty gauge that Quarkus's Netty binder registers twice. */
    static final String DUPLICATE_NETTY_GAUGE = "netty.eventexecutor.workers";

    /**
     * Quarkus 3.31's Netty binder registers {@code netty.eventexecutor.workers} once per Netty event executor group
     * under the same id, so Micrometer warns at every start that the second registration is ignored (Quarkus issue
     * 52014). Denying that one gauge keeps the start free of warnings; the worker count is fixed configuration
     * ({@code quarkus.vertx.event-loops-pool-size}) and every other Netty meter stays.
     */
    @Produces
    @Singleton
    MeterFilter denyDuplicateNettyGauge() {
        return MeterFilter.deny(id -> id.getName().equals(DUPLICATE_NETTY_GAUGE));
    }
}
