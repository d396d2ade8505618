package dev.herald.dispatch;

import java.time.Duration;

import dev.herald.config.HeraldConfig;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.UpstreamSettings;

/**
 * The settings of the dispatch core, as plain values (so the core runs without Quarkus). Public for tests.
 *
 * @param attemptTimeout
 *            per-attempt timeout ({@code herald.upstream.timeout}): no attempt starts later than the deadline minus
 *            this
 */
public record DeliverySettings(ApiVersion version, String defaultFrom, Duration deadline, Duration attemptTimeout,
        int rateLimit, Duration initialBackoff, Duration maxBackoff, double jitter, int batchMaxMessages,
        Duration batchMaxLinger, Duration breakerDelay) {

    public DeliverySettings {
        if (rateLimit < 1 || batchMaxMessages < 1) {
            throw new IllegalArgumentException("herald.delivery.rate-limit and batch.max-messages must be at least 1");
        }
    }

    /** The settings from configuration. */
    public static DeliverySettings of(HeraldConfig config, UpstreamSettings upstream) {
        HeraldConfig.Delivery d = config.delivery();
        return new DeliverySettings(upstream.version(), upstream.from(), d.deadline(), config.upstream().timeout(),
                d.rateLimit(), d.retry().initialBackoff(), d.retry().maxBackoff(), d.retry().jitter(),
                d.batch().maxMessages(), d.batch().maxLinger(), d.breaker().delay());
    }
}
