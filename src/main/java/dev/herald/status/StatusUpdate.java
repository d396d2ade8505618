package dev.herald.status;

import java.time.Instant;

/**
 * One status fact from a callback, correlated by the send's key. Public because the REST layer parses callbacks into
 * it.
 *
 * @param key
 *            the key the send returned, {@code whatsapp-<uuid>}
 * @param status
 *            what happened
 * @param at
 *            when (the callback's timestamp, or receipt time)
 * @param code
 *            the Meta error code of a failure, or null
 * @param title
 *            the failure's title, or null
 */
public record StatusUpdate(String key, Status status, Instant at, Integer code, String title) {

    /** Whether two updates state the same fact (same key, status and code): repeats of one callback. */
    boolean sameFact(StatusUpdate other) {
        return key.equals(other.key) && status == other.status && java.util.Objects.equals(code, other.code);
    }
}
