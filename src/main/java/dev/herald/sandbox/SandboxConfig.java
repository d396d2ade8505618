package dev.herald.sandbox;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the provider emulator, under {@code herald.sandbox}. Package-private: only the sandbox's own wiring reads
 * them. No {@code toString} is declared, so no generated one prints the key or the secret.
 */
@ConfigMapping(prefix = "herald.sandbox")
interface SandboxConfig {

    /** Whether the emulator's endpoints under {@code /sandbox} are served; when false every such path answers 404. */
    @WithDefault("true")
    boolean enabled();

    /** The {@code X-INS-AUTH-KEY} value that v1 send requests must carry. Secret. */
    @WithDefault(SandboxSettings.DEFAULT_V1_KEY)
    String v1Key();

    /** OAuth 2.0 client id accepted by {@code POST /sandbox/oauth2/token}. */
    @WithDefault(SandboxSettings.DEFAULT_CLIENT_ID)
    String clientId();

    /** OAuth 2.0 client secret accepted by {@code POST /sandbox/oauth2/token}. Secret. */
    @WithDefault(SandboxSettings.DEFAULT_CLIENT_SECRET)
    String clientSecret();

    /** How long an issued access token stays valid (the provider allows up to 90 minutes). */
    @WithDefault("90m")
    Duration tokenLifetime();

    /** How many message items one send request may carry; more is a 400/2002. */
    @WithDefault("100")
    int maxMessagesPerRequest();

    /**
     * Send requests per second (per API, per wall-clock second) above which the emulator answers the provider's 429
     * {@code {"message":"rate limited"}} with {@code Retry-After: 1}, to check a client's pacing against a real
     * limiter. 0 turns the limit off.
     */
    @WithDefault("0")
    int rateLimit();

    /**
     * Fault rules active from startup, in order, comma-separated; each is the fault name followed by {@code :key=value}
     * pairs with the keys of {@code POST /sandbox/admin/faults}, e.g.
     * {@code rate_limited:next=3:retry_after_seconds=2,unavailable:share=0.3:seed=42:api=v1}. {@code none} for no rule.
     * An invalid rule stops the startup, naming every problem. See {@link FaultRule} for the keys.
     */
    @WithDefault(NO_FAULTS)
    List<String> faults();

    /** The value of {@link #faults()} that means no rule. */
    String NO_FAULTS = "none";

    /** The plain-Java settings these values describe. */
    default SandboxSettings settings() {
        return new SandboxSettings(v1Key(), clientId(), clientSecret(), tokenLifetime(), maxMessagesPerRequest(),
                rateLimit());
    }
}
