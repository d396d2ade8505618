package dev.herald.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.herald.config.HeraldConfig;

/**
 * Checks a callback's {@code Authorization: Bearer <token>} against {@code herald.callbacks.token} in constant time.
 * Without a configured token every callback is refused, and startup says so.
 */
@Singleton
class CallbackAuth {

    private static final Logger LOG = Logger.getLogger(CallbackAuth.class);

    private final byte[] token;

    CallbackAuth(HeraldConfig config) {
        this.token = config.callbacks().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8))
                .orElse(null);
    }

    /**
     * Says once that status tracking is off without a token. INFO, not WARN: a deployment that does not register a
     * webhook is configured correctly, and a clean start logs no warning.
     */
    void reportWithoutToken(@Observes StartupEvent event) {
        if (token == null) {
            LOG.info("Status callbacks are off: herald.callbacks.token is not set, so POST /callbacks/whatsapp refuses "
                    + "every callback (401); set HERALD_CALLBACKS_TOKEN to the token registered in the provider panel");
        }
    }

    /** Whether the {@code Authorization} header carries the configured bearer token. */
    boolean allows(String authorization) {
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }
}
