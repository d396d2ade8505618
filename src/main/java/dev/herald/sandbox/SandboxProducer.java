package dev.herald.sandbox;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * Wires the plain-Java {@link Sandbox} from {@link SandboxConfig}. The fault plan and the send listener are default
 * beans: a later bean of the same type (fault injection, status callbacks) replaces them without touching this class.
 */
@Singleton
class SandboxProducer {

    @Produces
    @Singleton
    Sandbox sandbox(SandboxConfig config, FaultPlan faults, SendListener listener) {
        return new Sandbox(config.settings(), Clock.systemUTC(), faults, listener);
    }

    @Produces
    @Singleton
    @DefaultBean
    FaultPlan noFaults() {
        return FaultPlan.none();
    }

    @Produces
    @Singleton
    @DefaultBean
    SendListener noListener() {
        return SendListener.none();
    }
}
