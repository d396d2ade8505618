package dev.herald.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The faults the emulator can inject, by the names the admin endpoint and the configuration use. */
enum FaultKind {
    /** 429 {@code {"message":"rate limited"}} with {@code Retry-After} (default 1 s). */
    RATE_LIMITED,
    /** 503 with an empty body (maintenance), {@code Retry-After} only when asked for. */
    UNAVAILABLE,
    /** 400 / 2003 "There is no active provider.". */
    PROVIDER_FAILURE,
    /** 401 {@code {"message":"unauthorized"}}, even with the right key or token. */
    UNAUTHORIZED,
    /** 403 / 1088 {@code ip-restricted}. */
    IP_RESTRICTED,
    /** The normal answer, after a delay (default 2 s). */
    SLOW,
    /** The TCP connection is closed without any HTTP answer. */
    DROP;

    /** {@code rate_limited}, {@code unavailable}, ... */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FaultKind> byWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(name)).findFirst();
    }

    /** Every wire name, comma-separated, for error messages. */
    static String wireNames() {
        return Arrays.stream(values()).map(FaultKind::wireName).collect(Collectors.joining(", "));
    }

    /** Whether {@code retry_after_seconds} means something for this fault. */
    boolean takesRetryAfter() {
        return this == RATE_LIMITED || this == UNAVAILABLE;
    }

    /** The answer this fault injects, or null for the normal answer ({@link #SLOW}). */
    SandboxAnswer answer(int retryAfterSeconds) {
        return switch (this) {
        case RATE_LIMITED -> ProviderAnswers.rateLimited(retryAfterSeconds);
        case UNAVAILABLE -> ProviderAnswers.unavailable(retryAfterSeconds);
        case PROVIDER_FAILURE -> ProviderAnswers.providerFailure();
        case UNAUTHORIZED -> ProviderAnswers.unauthorized();
        case IP_RESTRICTED -> ProviderAnswers.ipRestricted();
        case SLOW -> null;
        case DROP -> SandboxAnswer.drop();
        };
    }
}
