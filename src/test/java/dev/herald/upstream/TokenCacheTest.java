package dev.herald.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TokenCacheTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final AtomicInteger fetches = new AtomicInteger();
    private final TokenCache cache = new TokenCache(clock);

    private TokenCache.Token fetch() {
        return new TokenCache.Token("token-" + fetches.incrementAndGet(), Duration.ofMinutes(90));
    }

    @Test
    void fetchesOnceAndReusesUntilShortlyBeforeExpiry() {
        assertEquals("token-1", cache.get(this::fetch));
        clock.now = clock.now.plus(Duration.ofMinutes(88));
        assertEquals("token-1", cache.get(this::fetch));
        assertEquals(1, fetches.get());
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals("token-2", cache.get(this::fetch), "refreshed within the last minute of its lifetime");
    }

    @Test
    void invalidateForcesANewFetch() {
        cache.get(this::fetch);
        cache.invalidate();
        assertEquals("token-2", cache.get(this::fetch));
    }

    @Test
    void shortLivedTokensRefreshAtNinetyPercentOfTheirLifetime() {
        TokenCache.Fetcher shortLived = () -> new TokenCache.Token("t" + fetches.incrementAndGet(),
                Duration.ofSeconds(100));
        cache.get(shortLived);
        clock.now = clock.now.plusSeconds(89);
        assertEquals("t1", cache.get(shortLived));
        clock.now = clock.now.plusSeconds(1);
        assertEquals("t2", cache.get(shortLived));
    }

    @Test
    void tokenToStringHidesTheValue() {
        assertFalse(new TokenCache.Token("s3cr3t-token", Duration.ofMinutes(1)).toString().contains("s3cr3t"));
    }
}
