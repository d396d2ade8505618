package dev.herald.idempotency;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.herald.config.HeraldConfig;

/** Wires the plain-Java {@link Idempotency} with two in-memory stores from {@code herald.idempotency.*}. */
@Singleton
class IdempotencyProducer {

    @Produces
    @Singleton
    Idempotency idempotency(HeraldConfig config) {
        HeraldConfig.Idempotency settings = config.idempotency();
        Clock clock = Clock.systemUTC();
        return new Idempotency(new InMemoryIdempotencyStore(clock, settings.ttl(), settings.maxEntries()),
                new InMemoryIdempotencyStore(clock, settings.oncePerTtl(), settings.maxEntries()), settings.waitFor(),
                clock);
    }
}
