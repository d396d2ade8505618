package dev.herald.sandbox;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The provider's request rate limit, per API and wall-clock second: the first {@code limit} requests of a second pass,
 * the rest are refused until the next second begins. A limit of 0 lets everything through. Thread-safe.
 */
final class RateLimiter {

    private final int limit;
    private final Map<ApiVersion, long[]> windows = new EnumMap<>(ApiVersion.class);

    RateLimiter(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("rate limit must not be negative, was " + limit);
        }
        this.limit = limit;
    }

    /** Whether a request to {@code api} arriving at {@code now} is within the limit (and counts it if so). */
    synchronized boolean admit(ApiVersion api, Instant now) {
        if (limit == 0) {
            return true;
        }
        long second = now.getEpochSecond();
        long[] window = windows.computeIfAbsent(api, any -> new long[] { second, 0 });
        if (window[0] != second) {
            window[0] = second;
            window[1] = 0;
        }
        if (window[1] >= limit) {
            return false;
        }
        window[1]++;
        return true;
    }
}
