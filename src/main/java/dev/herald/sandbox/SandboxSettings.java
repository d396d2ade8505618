package dev.herald.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the emulator needs to know, as plain values. Public because the Quarkus shell and a standalone launcher
 * build one from their own configuration.
 *
 * @param v1Key
 *            the {@code X-INS-AUTH-KEY} value that v1 requests must carry
 * @param clientId
 *            OAuth 2.0 client id accepted by the token endpoint
 * @param clientSecret
 *            OAuth 2.0 client secret accepted by the token endpoint
 * @param tokenLifetime
 *            how long an issued access token stays valid
 * @param maxMessagesPerRequest
 *            how many message items one send request may carry
 * @param rateLimit
 *            send requests per second and API above which the emulator answers 429; 0 for no limit
 */
public record SandboxSettings(String v1Key, String clientId, String clientSecret, Duration tokenLifetime,
        int maxMessagesPerRequest, int rateLimit) {

    /** Default v1 key. */
    public static final String DEFAULT_V1_KEY = "sandbox-key";
    /** Default OAuth client id. */
    public static final String DEFAULT_CLIENT_ID = "sandbox-client";
    /** Default OAuth client secret. */
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-secret";
    /** Default token lifetime: the provider's maximum. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(90);
    /** Default number of messages per request. */
    public static final int DEFAULT_MAX_MESSAGES_PER_REQUEST = 100;

    public SandboxSettings {
        Objects.requireNonNull(v1Key, "v1Key");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, was " + tokenLifetime);
        }
        if (maxMessagesPerRequest < 1) {
            throw new IllegalArgumentException(
                    "maxMessagesPerRequest must be at least 1, was " + maxMessagesPerRequest);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("rateLimit must not be negative (0 is no limit), was " + rateLimit);
        }
    }

    /** Settings without a rate limit. */
    public SandboxSettings(String v1Key, String clientId, String clientSecret, Duration tokenLifetime,
            int maxMessagesPerRequest) {
        this(v1Key, clientId, clientSecret, tokenLifetime, maxMessagesPerRequest, 0);
    }

    /** These settings with another rate limit (requests per second and API, 0 for none). */
    public SandboxSettings withRateLimit(int requestsPerSecond) {
        return new SandboxSettings(v1Key, clientId, clientSecret, tokenLifetime, maxMessagesPerRequest,
                requestsPerSecond);
    }

    /** The defaults listed above, without a rate limit. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(DEFAULT_V1_KEY, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_TOKEN_LIFETIME,
                DEFAULT_MAX_MESSAGES_PER_REQUEST);
    }

    /** Secrets are elided: the key and the client secret never print. */
    @Override
    public String toString() {
        return "SandboxSettings[v1Key=***, clientId=" + clientId + ", clientSecret=***, tokenLifetime=" + tokenLifetime
                + ", maxMessagesPerRequest=" + maxMessagesPerRequest + ", rateLimit=" + rateLimit + "]";
    }
}
