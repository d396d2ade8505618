package dev.herald.dispatch;

import dev.herald.upstream.SendResult;

/**
 * What became of one message. Public: the API layer turns it into a notification status.
 *
 * @param key
 *            the provider's key when {@link Kind#SENT}
 * @param failure
 *            why not, otherwise
 */
public record Delivery(Kind kind, String key, SendResult.Failed failure) {

    /** The four outcomes a caller must be able to tell apart. */
    public enum Kind {
        /** The provider accepted it: {@code key} is set. */
        SENT,
        /** Refused for good (rejected or auth): retrying the same message cannot help. */
        FAILED,
        /** Not handed to the provider (or refused retryably): safe to retry after {@code Retry-After}. */
        NOT_SENT,
        /** Sent, but no answer came: the provider may have accepted it; Herald did not send it again. */
        UNKNOWN
    }

    static Delivery sent(String key) {
        return new Delivery(Kind.SENT, key, null);
    }

    static Delivery of(SendResult.Failed failure) {
        if (failure.row().maybeAccepted()) {
            return new Delivery(Kind.UNKNOWN, null, failure.withDetail("outcome unknown: " + failure.detail()
                    + "; the provider may have accepted it, so Herald did not send it again"));
        }
        return new Delivery(failure.failure().retryable() ? Kind.NOT_SENT : Kind.FAILED, null, failure);
    }
}
