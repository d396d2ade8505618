package dev.herald.upstream;

import java.util.Set;

/**
 * The failure table: every provider answer of whatsapp-reference.md section 2, every way of getting no answer, the
 * failures of the v2 token endpoint, and the local refusals of the delivery layer, each with its class (the problem
 * code and status the caller sees), how often the delivery layer may retry it, and whether the provider may
 * nevertheless have accepted the request. Provider answers are matched top to bottom, first match wins; local rows
 * ({@link #local()}) are never matched by status, they are named by the code that observed them (token endpoint answers
 * by {@link #matchToken}). Public because the dispatch layer reads the retry policy of each row.
 */
public enum FailureRule {

    /** No answer within the per-attempt timeout after the request was sent: the provider may have accepted it. */
    TIMEOUT(0, null, UpstreamFailure.UNAVAILABLE, 0, true),
    /** Connection refused (nothing listens, or the connect timed out): nothing was sent, safe to retry. */
    CONNECTION_REFUSED(0, null, UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** The connection was dropped or reset before an answer: the provider may have accepted the request. */
    CONNECTION_RESET(0, null, UpstreamFailure.UNAVAILABLE, 0, true),
    /** Local: the upstream circuit breaker is open; nothing was sent, fail fast until it half-opens. */
    CIRCUIT_OPEN(0, null, UpstreamFailure.UNAVAILABLE, 0, false),
    /** Local: too many concurrent upstream requests (bulkhead full); nothing was sent. */
    BULKHEAD_FULL(0, null, UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** Local: the per-event deadline does not leave room for (another) attempt; nothing more was sent. */
    DEADLINE(0, null, UpstreamFailure.UNAVAILABLE, 0, false),
    /**
     * The v2 token endpoint refused the client credentials (400, 401, 403 and other 4xx, e.g. {@code invalid_client}):
     * {@code herald.upstream.client-id} / {@code client-secret} are wrong. Nothing was sent.
     */
    TOKEN_REFUSED(0, null, UpstreamFailure.AUTH, 0, false),
    /**
     * The v2 token endpoint is not at the configured address (404, a redirect, or a 2xx without an access token):
     * {@code herald.upstream.token-url} (or the base URL it defaults to) is wrong. Nothing was sent.
     */
    TOKEN_NOT_FOUND(0, null, UpstreamFailure.AUTH, 0, false),
    /** The v2 token endpoint could not answer now (429, 5xx, no answer): nothing was sent, safe to retry. */
    TOKEN_UNAVAILABLE(0, null, UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** 401 {@code {"message":"unauthorized"}}: wrong key or token (v2 refreshes its token once before this). */
    UNAUTHORIZED(401, null, UpstreamFailure.AUTH, 0, false),
    /** 403 {@code {"error":{"code":1088}}}: caller IP not allow-listed, or the WAF. */
    FORBIDDEN(403, null, UpstreamFailure.AUTH, 0, false),
    /** 429 {@code {"message":"rate limited"}}: retried after {@code Retry-After}; every sender pauses. */
    RATE_LIMITED(429, null, UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** 400 code 2001: the body could not be decoded. */
    UNDECODABLE(400, Set.of("2001"), UpstreamFailure.REJECTED, 0, false),
    /** 400 code 2002: the body failed validation (a batch is bisected to find the bad message). */
    INVALID(400, Set.of("2002"), UpstreamFailure.REJECTED, 0, false),
    /** 400 code 2003: provider or internal failure, e.g. "There is no active provider." */
    PROVIDER_FAILURE(400, Set.of("2003"), UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** 400 codes 2017-2019: media upload, info or download failure; retried twice at most. */
    MEDIA_FAILURE(400, Set.of("2017", "2018", "2019"), UpstreamFailure.UNAVAILABLE, 2, false),
    /** 400 INVALID_FILE: the media file is unreadable. */
    INVALID_FILE(400, Set.of("INVALID_FILE"), UpstreamFailure.REJECTED, 0, false),
    /** 503: maintenance mode. */
    MAINTENANCE(503, null, UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** Any other 5xx: the provider answered that it failed, so it did not accept the request. */
    SERVER_ERROR(-5, null, UpstreamFailure.UNAVAILABLE, Integer.MAX_VALUE, false),
    /** Any other 4xx, including a 400 with an unknown code: retrying the same request cannot help. */
    CLIENT_ERROR(-4, null, UpstreamFailure.REJECTED, 0, false),
    /** Anything else (1xx, 3xx): the answer is not understood; not retried. */
    UNEXPECTED(-1, null, UpstreamFailure.UNAVAILABLE, 0, false);

    private final int status;
    private final Set<String> codes;
    private final UpstreamFailure failure;
    private final int maxRetries;
    private final boolean maybeAccepted;

    FailureRule(int status, Set<String> codes, UpstreamFailure failure, int maxRetries, boolean maybeAccepted) {
        this.status = status;
        this.codes = codes;
        this.failure = failure;
        this.maxRetries = maxRetries;
        this.maybeAccepted = maybeAccepted;
    }

    /** The class: problem code and HTTP status the caller sees. */
    public UpstreamFailure failure() {
        return failure;
    }

    /** How many times the delivery layer may resend the same request after this failure (within the deadline). */
    public int maxRetries() {
        return maxRetries;
    }

    /** True when the same request may be sent again. */
    public boolean retryable() {
        return maxRetries > 0;
    }

    /** True when the provider may have accepted the request although Herald saw no answer: outcome unknown. */
    public boolean maybeAccepted() {
        return maybeAccepted;
    }

    /** True for rows that no provider status matches: no answer, or a local refusal. */
    public boolean local() {
        return status == 0;
    }

    boolean matches(int answered, String providerCode) {
        boolean statusMatches = switch (status) {
        case 0 -> false;
        case -5 -> answered >= 500 && answered <= 599;
        case -4 -> answered >= 400 && answered <= 499;
        case -1 -> true;
        default -> answered == status;
        };
        return statusMatches && (codes == null || providerCode != null && codes.contains(providerCode.trim()));
    }

    /** The row of a provider answer ({@code status} 1-599); {@code providerCode} is the body's {@code error.code}. */
    static FailureRule match(int status, String providerCode) {
        for (FailureRule rule : values()) {
            if (rule.matches(status, providerCode)) {
                return rule;
            }
        }
        return UNEXPECTED;
    }

    /** The row of an answer of the v2 token endpoint that carries no usable token ({@code status} 1-599). */
    static FailureRule matchToken(int status) {
        if (status == 429 || status >= 500) {
            return TOKEN_UNAVAILABLE;
        }
        if (status >= 400 && status != 404) {
            return TOKEN_REFUSED;
        }
        return TOKEN_NOT_FOUND;
    }

    /** The row named {@code name}, or {@link #UNEXPECTED}. */
    public static FailureRule named(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return UNEXPECTED;
        }
    }
}
