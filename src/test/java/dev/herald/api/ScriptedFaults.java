package dev.herald.api;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.herald.sandbox.ApiVersion;
import dev.herald.sandbox.FaultPlan;
import dev.herald.sandbox.SandboxAnswer;

/**
 * A sandbox fault plan the idempotency tests script: let N send requests pass and answer the next one 503, or hold the
 * next request for a while. Only enabled by {@link IdempotencyApiTest.Profile}.
 */
@Alternative
@Singleton
public class ScriptedFaults implements FaultPlan {

    private int passesBeforeFailure = -1;
    private Duration delayNext = Duration.ZERO;

    /**
     * Lets {@code passes} send requests through, then answers every further one 503 (a retryable failure) until
     * {@link #reset()}: Herald retries a 503 within its deadline, so a single 503 would be invisible to the caller.
     */
    synchronized void failAfter(int passes) {
        passesBeforeFailure = passes;
    }

    /** Holds the next send request for {@code delay} before answering it normally. */
    synchronized void slowNext(Duration delay) {
        delayNext = delay;
    }

    synchronized void reset() {
        passesBeforeFailure = -1;
        delayNext = Duration.ZERO;
    }

    @Override
    public Optional<SandboxAnswer> intercept(ApiVersion api) {
        Duration delay;
        boolean fail;
        synchronized (this) {
            delay = delayNext;
            delayNext = Duration.ZERO;
            fail = passesBeforeFailure == 0;
            if (passesBeforeFailure > 0) {
                passesBeforeFailure--;
            }
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fail) {
            return Optional.of(SandboxAnswer.of(503,
                    JsonNodeFactory.instance.objectNode().put("message", "service unavailable (scripted)")));
        }
        return Optional.empty();
    }
}
