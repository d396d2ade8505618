package dev.herald.upstream;

import java.time.Duration;
import java.util.List;

/** What the provider made of one send request. Public because the API layer reports it per notification. */
public sealed interface SendResult permits SendResult.Accepted, SendResult.Failed {

    /** 2xx: one key per message, in request order. */
    record Accepted(List<String> keys) implements SendResult {
    }

    /**
     * Not accepted. {@code status} is the provider's HTTP status (0 when it did not answer), {@code providerCode} its
     * {@code error.code} (string or number in the body, kept as text), {@code rule} the matching row of the
     * classification table, {@code detail} a short description safe to show callers, {@code retryAfter} set for
     * {@link UpstreamFailure#UNAVAILABLE}, {@code providerRetryAfter} true when that came from the provider's
     * {@code Retry-After} header (rather than Herald's default).
     */
    record Failed(UpstreamFailure failure, String rule, int status, String providerCode, String detail,
            Duration retryAfter, boolean providerRetryAfter) implements SendResult {

        public Failed(UpstreamFailure failure, String rule, int status, String providerCode, String detail,
                Duration retryAfter) {
            this(failure, rule, status, providerCode, detail, retryAfter, false);
        }

        /** A failure of a local row (no answer, breaker open, bulkhead full, deadline). */
        public static Failed local(FailureRule rule, String detail, Duration retryAfter) {
            return new Failed(rule.failure(), rule.name(), 0, null, detail, retryAfter, false);
        }

        /** The row of the failure table this failure matched. */
        public FailureRule row() {
            return FailureRule.named(rule);
        }

        /** The same failure with another detail. */
        public Failed withDetail(String newDetail) {
            return new Failed(failure, rule, status, providerCode, newDetail, retryAfter, providerRetryAfter);
        }
    }
}
