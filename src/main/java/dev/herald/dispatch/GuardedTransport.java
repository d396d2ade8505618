package dev.herald.dispatch;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;

import dev.herald.config.HeraldConfig;
import dev.herald.upstream.FailureRule;
import dev.herald.upstream.SendResult;
import dev.herald.upstream.UpstreamClient;
import dev.herald.upstream.UpstreamFailure;

/**
 * One upstream attempt guarded by SmallRye Fault Tolerance (programmatic {@link TypedGuard}, configured from
 * {@code herald.delivery.*}): a circuit breaker named {@value #BREAKER} that counts retryable failures (class
 * {@link UpstreamFailure#UNAVAILABLE}: no answer, 429, 5xx, 2003, ...) and not refusals for good, a bulkhead, and a
 * timeout as a safety net over the client's own per-attempt timeout. Retries are the {@link Dispatcher}'s, not the
 * guard's, because they must honour {@code Retry-After} and the per-event deadline.
 */
final class GuardedTransport implements Dispatcher.Transport {

    /** The circuit breaker's name, for {@link CircuitBreakerMaintenance}. */
    static final String BREAKER = "herald-upstream";

    /** A retryable failure, thrown inside the guard so that the breaker counts it. */
    static final class Unavailable extends RuntimeException {
        final transient SendResult.Failed failed;

        Unavailable(SendResult.Failed failed) {
            super(failed.detail(), null, false, false);
            this.failed = failed;
        }
    }

    private final UpstreamClient client;
    private final TypedGuard<SendResult> guard;
    private final Duration breakerDelay;

    GuardedTransport(UpstreamClient client, HeraldConfig config) {
        this.client = client;
        HeraldConfig.Delivery d = config.delivery();
        this.breakerDelay = d.breaker().delay();
        // one attempt may be a token fetch, a send, a refresh and a resend: 3 timeouts plus slack
        long safetyNet = 3 * config.upstream().timeout().toMillis() + 1000;
        this.guard = TypedGuard.create(SendResult.class).withDescription("Herald upstream send").withCircuitBreaker()
                .name(BREAKER).requestVolumeThreshold(d.breaker().requestVolume())
                .failureRatio(d.breaker().failureRatio()).delay(breakerDelay.toMillis(), ChronoUnit.MILLIS)
                .successThreshold(d.breaker().successThreshold()).failOn(Unavailable.class).done().withBulkhead()
                .limit(d.bulkhead().maxConcurrent()).done().withTimeout().duration(safetyNet, ChronoUnit.MILLIS).done()
                .build();
    }

    @Override
    public SendResult send(Object requestBody) {
        try {
            return guard.get(() -> {
                SendResult result = client.send(requestBody);
                if (result instanceof SendResult.Failed failed && failed.failure() == UpstreamFailure.UNAVAILABLE) {
                    throw new Unavailable(failed);
                }
                return result;
            });
        } catch (Unavailable e) {
            return e.failed;
        } catch (CircuitBreakerOpenException e) {
            return SendResult.Failed.local(FailureRule.CIRCUIT_OPEN,
                    "not sent: the circuit breaker on the provider is"
                            + " open after repeated failures; it lets a trial request through after "
                            + breakerDelay.toSeconds() + "s",
                    breakerDelay.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : breakerDelay);
        } catch (BulkheadException e) {
            return SendResult.Failed.local(FailureRule.BULKHEAD_FULL, "not sent: too many upstream requests in flight",
                    Duration.ofSeconds(1));
        } catch (TimeoutException e) {
            return SendResult.Failed.local(FailureRule.TIMEOUT, "no answer from the provider: timed out",
                    Duration.ofSeconds(1));
        }
    }

    /** The breaker's state. */
    static CircuitBreakerState state() {
        return CircuitBreakerMaintenance.get().currentState(BREAKER);
    }
}
