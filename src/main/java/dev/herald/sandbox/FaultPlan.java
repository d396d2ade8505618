package dev.herald.sandbox;

import java.util.Optional;

/**
 * Decides, per send request, whether the emulator answers with an injected fault instead of its normal answer (429 with
 * {@code Retry-After}, 503, 400/2003, ...). Consulted after authentication and before the body is decoded, so an
 * injected answer replaces decoding, validation and key issuing. Public because fault injection is plugged in from
 * outside the core (a CDI bean, a test).
 */
@FunctionalInterface
public interface FaultPlan {

    /**
     * The answer to give instead of the normal one, or empty to proceed normally.
     *
     * @param api
     *            which send API the request came to
     */
    Optional<SandboxAnswer> intercept(ApiVersion api);

    /** A plan that never injects anything. */
    static FaultPlan none() {
        return api -> Optional.empty();
    }
}
