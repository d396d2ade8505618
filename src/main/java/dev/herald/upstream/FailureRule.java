package dev.herald.upstream;

import java.util.Set;

/**
 * The provider's failure answers (whatsapp-reference.md section 2) and their class, as a table read top to bottom: the
 * first row whose status and provider code match wins. {@code status} 0 means no answer at all.
 */
enum FailureRule {

    /** No answer: timeout, connection refused or dropped. */
    NO_ANSWER(0, null, UpstreamFailure.UNAVAILABLE),
    /** 401 {@code {"message":"unauthorized"}}: wrong key or token (v2 refreshes its token once before this). */
    UNAUTHORIZED(401, null, UpstreamFailure.AUTH),
    /** 403 {@code {"error":{"code":1088}}}: caller IP not allow-listed, or the WAF. */
    FORBIDDEN(403, null, UpstreamFailure.AUTH),
    /** 429 {@code {"message":"rate limited"}}. */
    RATE_LIMITED(429, null, UpstreamFailure.UNAVAILABLE),
    /** 400 code 2001: the body could not be decoded. */
    UNDECODABLE(400, Set.of("2001"), UpstreamFailure.REJECTED),
    /** 400 code 2002: the body failed validation. */
    INVALID(400, Set.of("2002"), UpstreamFailure.REJECTED),
    /** 400 code 2003: provider or internal failure, e.g. "There is no active provider." */
    PROVIDER_FAILURE(400, Set.of("2003"), UpstreamFailure.UNAVAILABLE),
    /** 400 codes 2017-2019: media upload, info or download failure. */
    MEDIA_FAILURE(400, Set.of("2017", "2018", "2019"), UpstreamFailure.UNAVAILABLE),
    /** 400 INVALID_FILE: the media file is unreadable. */
    INVALID_FILE(400, Set.of("INVALID_FILE"), UpstreamFailure.REJECTED),
    /** 503: maintenance mode. */
    MAINTENANCE(503, null, UpstreamFailure.UNAVAILABLE),
    /** Any other 5xx. */
    SERVER_ERROR(-5, null, UpstreamFailure.UNAVAILABLE),
    /** Any other 4xx, including a 400 with an unknown code: retrying the same request cannot help. */
    CLIENT_ERROR(-4, null, UpstreamFailure.REJECTED),
    /** Anything else (1xx, 3xx): the answer is not understood. */
    UNEXPECTED(-1, null, UpstreamFailure.UNAVAILABLE);

    private final int status;
    private final Set<String> codes;
    private final UpstreamFailure failure;

    FailureRule(int status, Set<String> codes, UpstreamFailure failure) {
        this.status = status;
        this.codes = codes;
        this.failure = failure;
    }

    UpstreamFailure failure() {
        return failure;
    }

    boolean matches(int answered, String providerCode) {
        boolean statusMatches = switch (status) {
        case -5 -> answered >= 500 && answered <= 599;
        case -4 -> answered >= 400 && answered <= 499;
        case -1 -> true;
        default -> answered == status;
        };
        return statusMatches && (codes == null || providerCode != null && codes.contains(providerCode.trim()));
    }

    static FailureRule match(int status, String providerCode) {
        for (FailureRule rule : values()) {
            if (rule.matches(status, providerCode)) {
                return rule;
            }
        }
        return UNEXPECTED;
    }
}
