package dev.herald.status;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

import dev.herald.config.HeraldConfig;

/** Wires the in-memory {@link MessageLog} from {@code herald.callbacks.log.*}; a later bean replaces it (a store). */
@Singleton
class MessageLogProducer {

    @Produces
    @Singleton
    @DefaultBean
    MessageLog messageLog(HeraldConfig config) {
        HeraldConfig.Callbacks.Log log = config.callbacks().log();
        return new InMemoryMessageLog(Clock.systemUTC(), log.maxSize(), log.ttl(), log.pendingTtl());
    }
}
