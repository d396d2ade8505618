package dev.herald.upstream;

import dev.herald.compile.ErrorCode;

/**
 * The three ways a delivery can fail, each with its API code and HTTP status. Which provider answer falls in which
 * class is the table {@link FailureRule}. Public because the API layer turns it into a problem response.
 */
public enum UpstreamFailure {

    /** The provider refused the request for good (our bug or bad data): do not retry. */
    REJECTED(ErrorCode.UPSTREAM_REJECTED, 422),
    /** The provider refused Herald's credentials or address: an operator must act. */
    AUTH(ErrorCode.UPSTREAM_AUTH, 502),
    /** The provider could not take the request now: a later retry can succeed. */
    UNAVAILABLE(ErrorCode.UPSTREAM_UNAVAILABLE, 503);

    private final ErrorCode code;
    private final int httpStatus;

    UpstreamFailure(ErrorCode code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The stable API error code. */
    public ErrorCode code() {
        return code;
    }

    /** The status Herald answers its caller with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** True when a later retry of the same request can succeed. */
    public boolean retryable() {
        return this == UNAVAILABLE;
    }

    /**
     * Classifies a non-2xx answer, or no answer at all ({@code status} 0: timeout, refused or dropped connection).
     * {@code providerCode} is the body's {@code error.code}, or {@code null}.
     */
    public static UpstreamFailure classify(int status, String providerCode) {
        return status == 0 ? UNAVAILABLE : FailureRule.match(status, providerCode).failure();
    }
}
