package dev.herald.status;

import java.time.Duration;

/**
 * What one status update did to the log. Public because the callback endpoint counts it.
 *
 * @param outcome
 *            applied (new fact), duplicate (known fact, nothing changed) or pending (unknown key, kept until the send
 *            is recorded)
 * @param sinceSent
 *            time from send to this fact when it is a first delivered or read, else null
 */
public record Applied(Outcome outcome, Duration sinceSent) {

    /** See {@link Applied}. */
    public enum Outcome {
        APPLIED, DUPLICATE, PENDING
    }
}
