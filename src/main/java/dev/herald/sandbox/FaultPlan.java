package dev.herald.sandbox;

import java.util.Optional;

/**
 * Decides, per request, whether the emulator answers with an injected fault instead of its normal answer (429 with
 * {@code Retry-After}, 503, 400/2003, a delay, a dropped connection, ...). For the send endpoints it is consulted after
 * authentication and the optional rate limit and before the body is decoded, so an injected answer replaces decoding,
 * validation and key issuing; for the token endpoint it is consulted before the client is authenticated. Public because
 * fault injection is plugged in from outside the core (a CDI bean, a test); {@link FaultRules} is the emulator's own.
 */
@FunctionalInterface
public interface FaultPlan {

    /**
     * What to do instead of (or before) the normal answer, or empty to proceed normally.
     *
     * @param endpoint
     *            which endpoint the request came to
     */
    Optional<Injection> intercept(SandboxEndpoint endpoint);

    /** A plan that never injects anything. */
    static FaultPlan none() {
        return endpoint -> Optional.empty();
    }
}
