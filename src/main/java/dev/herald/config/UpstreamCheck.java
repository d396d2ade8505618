package dev.herald.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.herald.upstream.ApiVersion;

/**
 * Refuses an upstream configuration that cannot deliver, and says which environment variables to set. The dev and test
 * profiles set {@code herald.upstream.mode=sandbox}, so in practice this guards the production profile.
 */
final class UpstreamCheck {

    static final String EXAMPLE_BASE_URL = "https://whatsapp.useinsider.com";

    private UpstreamCheck() {
    }

    /**
     * What is missing, as a message for the operator, or empty when the configuration can deliver.
     * {@code sandboxServed} says whether this process serves the emulator, which a sandbox upstream without a base URL
     * delivers to.
     */
    static Optional<String> problem(HeraldConfig.Upstream upstream, boolean sandboxServed) {
        if (upstream.mode().isEmpty()) {
            return Optional
                    .of("Herald cannot start: herald.upstream.mode is not set, so there is nowhere to deliver to."
                            + "\n  For the real provider (v2, OAuth 2.0) set:"
                            + "\n    HERALD_UPSTREAM_MODE=insider HERALD_UPSTREAM_BASE_URL=" + EXAMPLE_BASE_URL
                            + " HERALD_UPSTREAM_CLIENT_ID=... HERALD_UPSTREAM_CLIENT_SECRET=... HERALD_UPSTREAM_FROM=+90..."
                            + "\n  For the real provider (v1, key) set:"
                            + "\n    HERALD_UPSTREAM_MODE=insider HERALD_UPSTREAM_API_VERSION=v1 HERALD_UPSTREAM_BASE_URL="
                            + EXAMPLE_BASE_URL + " HERALD_UPSTREAM_API_KEY=..." + "\n  For the built-in emulator set:"
                            + "\n    HERALD_UPSTREAM_MODE=sandbox");
        }
        if (upstream.mode().get() == UpstreamMode.SANDBOX) {
            if (upstream.baseUrl().isEmpty() && !sandboxServed) {
                return Optional.of("Herald cannot start: herald.upstream.mode=sandbox delivers to the built-in sandbox"
                        + " of this process, but herald.sandbox.enabled=false turns it off."
                        + "\n  Remove HERALD_SANDBOX_ENABLED=false, or deliver to a standalone sandbox with"
                        + "\n    HERALD_UPSTREAM_BASE_URL=http://<host>:<port>/sandbox");
            }
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (upstream.baseUrl().isEmpty()) {
            missing.add("HERALD_UPSTREAM_BASE_URL=" + EXAMPLE_BASE_URL);
        }
        if (upstream.apiVersion() == ApiVersion.V1) {
            if (upstream.apiKey().isEmpty()) {
                missing.add("HERALD_UPSTREAM_API_KEY=...");
            }
        } else {
            if (upstream.clientId().isEmpty()) {
                missing.add("HERALD_UPSTREAM_CLIENT_ID=...");
            }
            if (upstream.clientSecret().isEmpty()) {
                missing.add("HERALD_UPSTREAM_CLIENT_SECRET=...");
            }
            if (upstream.from().isEmpty()) {
                missing.add("HERALD_UPSTREAM_FROM=+90...  (the v2 sender number, E.164)");
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String version = upstream.apiVersion().name().toLowerCase();
        return Optional.of("Herald cannot start: herald.upstream.mode=insider with api-version " + version
                + " is missing settings. Set:\n    " + String.join(" ", missing));
    }
}
