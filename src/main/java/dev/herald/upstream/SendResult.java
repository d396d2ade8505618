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
     * {@link UpstreamFailure#UNAVAILABLE}.
     */
    record Failed(UpstreamFailure failure, String rule, int status, String providerCode, String detail,
            Duration retryAfter) implements SendResult {
    }
}
