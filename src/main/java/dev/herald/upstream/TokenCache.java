package dev.herald.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One cached OAuth 2.0 access token: fetched on first use, reused until shortly before it expires, dropped on demand
 * (after a 401). Thread-safe; one fetch at a time, and callers waiting meanwhile share its token.
 */
final class TokenCache {

    /** A fetched token and its lifetime. */
    record Token(String value, Duration expiresIn) {
        @Override
        public String toString() {
            return "Token[expiresIn=" + expiresIn + "]";
        }
    }

    /** Fetches a fresh token; may throw {@link UpstreamException}. */
    interface Fetcher {
        Token fetch();
    }

    /** Refresh this long before expiry, but never more than a tenth of the lifetime. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    TokenCache(Clock clock) {
        this.clock = clock;
    }

    /** The cached token, or a fresh one from {@code fetcher} when none is cached or it is about to expire. */
    synchronized String get(Fetcher fetcher) {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(refreshAt)) {
            Token fresh = fetcher.fetch();
            Duration lifetime = fresh.expiresIn();
            Duration margin = lifetime.dividedBy(10).compareTo(MARGIN) < 0 ? lifetime.dividedBy(10) : MARGIN;
            token = fresh.value();
            refreshAt = now.plus(lifetime).minus(margin);
        }
        return token;
    }

    /** Drops the cached token so the next {@link #get} fetches a new one. */
    synchronized void invalidate() {
        token = null;
        refreshAt = Instant.MIN;
    }

    /**
     * Drops the cached token only if it is still {@code stale}: of many callers refused with the same token, the first
     * one's refresh serves all (single flight).
     */
    synchronized void invalidate(String stale) {
        if (stale != null && stale.equals(token)) {
            invalidate();
        }
    }
}
