package dev.herald.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link FaultPlan} decided for one request: wait {@code delay}, then give {@code answer} instead of the normal
 * one, or the normal answer when {@code answer} is null. A {@link SandboxAnswer#dropped() dropped} answer closes the
 * connection without any HTTP answer. Public because fault plans return one.
 *
 * @param fault
 *            the fault's name as shown in the request log (e.g. {@code rate_limited}, {@code slow})
 * @param delay
 *            how long to wait before answering (or dropping); zero for none
 * @param answer
 *            the injected answer, or null to answer normally after the delay
 */
public record Injection(String fault, Duration delay, SandboxAnswer answer) {

    public Injection {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
    }

    /** An injected answer without delay. */
    public static Injection answer(String fault, SandboxAnswer answer) {
        return new Injection(fault, Duration.ZERO, Objects.requireNonNull(answer, "answer"));
    }
}
