package dev.herald.idempotency;

import java.util.Arrays;
import java.util.Map;

/**
 * A final HTTP answer exactly as it was first given: status, the headers that matter ({@code Content-Type},
 * {@code Retry-After}) and the body bytes. Public because the API layer stores and replays it.
 */
public record StoredAnswer(int status, Map<String, String> headers, byte[] body) {

    public StoredAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAnswer that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
    }

    /** Never the body: it may hold personal data. */
    @Override
    public String toString() {
        return "StoredAnswer[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
