package dev.herald.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the provider emulator, under {@code herald.sandbox}. Package-private: only the sandbox's own wiring reads
 * them. No {@code toString} is declared, so no generated one prints the key or the secret.
 */
@ConfigMapping(prefix = "herald.sandbox")
interface SandboxConfig {

    /**
     * Whether the emulator's endpoints under {@code /sandbox} are served; when not served every such path answers 404.
     * Unset: served exactly when {@code herald.upstream.mode=sandbox} (dev and test set it to {@code true}).
     */
    Optional<Boolean> enabled();

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

    /** Status callbacks the emulator posts for every accepted message. */
    Callbacks callbacks();

    /** Status callbacks: sent, delivered, read (or failed for chosen numbers) on a compressible timeline. */
    interface Callbacks {

        /** Whether the emulator posts status callbacks at all. */
        @WithDefault("false")
        boolean enabled();

        /** Where to post them. Default: this process, {@code http://localhost:<http port>/callbacks/whatsapp}. */
        java.util.Optional<String> url();

        /** Secret. The bearer token sent with every callback (Herald checks it against herald.callbacks.token). */
        java.util.Optional<String> token();

        /**
         * Multiplies every delay: sent at 1 s, delivered at 2 s, read at 5 s, and the provider's retry schedule (1, 2,
         * 3, 8, 13, 18, 28, 38, 48, 60 min after the first attempt). {@code 0.001} turns a minute into 60 ms.
         */
        @WithDefault("1.0")
        double timeScale();

        /**
         * Recipients whose messages fail, with the Meta code of the failure, e.g.
         * {@code herald.sandbox.callbacks.fail-numbers."+905550000026"=131026}: sent, then failed instead of delivered.
         */
        java.util.Map<String, Integer> failNumbers();
    }

    /** The value of {@link #faults()} that means no rule. */
    String NO_FAULTS = "none";

    /** The plain-Java settings these values describe. */
    default SandboxSettings settings() {
        return new SandboxSettings(v1Key(), clientId(), clientSecret(), tokenLifetime(), maxMessagesPerRequest(),
                rateLimit());
    }
}
