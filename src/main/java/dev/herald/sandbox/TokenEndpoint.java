package dev.herald.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth 2.0 client-credentials token endpoint (RFC 6749 section 4.4) and the bearer check of v2 sends. Clients
 * authenticate with HTTP Basic ({@code client_secret_basic}) or form fields ({@code client_secret_post}); tokens are
 * random and remembered until they expire.
 */
final class TokenEndpoint {

    private static final String BASIC = "basic ";
    private static final String BEARER = "bearer ";

    private final SandboxSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    TokenEndpoint(SandboxSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Answers one token request.
     *
     * @param authorization
     *            the {@code Authorization} header, or null
     * @param form
     *            the form fields of the body
     */
    SandboxAnswer token(String authorization, Map<String, String> form) {
        boolean basic = authorization != null && startsWithIgnoreCase(authorization, BASIC);
        boolean post = form.containsKey("client_id") || form.containsKey("client_secret");
        if (basic && post) {
            return ProviderAnswers.oauthError(400, "invalid_request");
        }
        String[] credentials = basic ? fromBasic(authorization.substring(BASIC.length()).strip())
                : new String[] { form.get("client_id"), form.get("client_secret") };
        if (!authenticates(credentials)) {
            return ProviderAnswers.oauthError(401, "invalid_client");
        }
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            return ProviderAnswers.oauthError(400, "invalid_request");
        }
        if (!"client_credentials".equals(grantType)) {
            return ProviderAnswers.oauthError(400, "unsupported_grant_type");
        }
        return ProviderAnswers.token(issue(), settings.tokenLifetime().toSeconds());
    }

    /** Whether an {@code Authorization} header carries a bearer token this endpoint issued and that has not expired. */
    boolean acceptsBearer(String authorization) {
        if (authorization == null || !startsWithIgnoreCase(authorization, BEARER)) {
            return false;
        }
        String token = authorization.substring(BEARER.length()).strip();
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return false;
        }
        if (!clock.instant().isBefore(expiry)) {
            expiries.remove(token, expiry);
            return false;
        }
        return true;
    }

    private String issue() {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> !now.isBefore(expiry));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, now.plus(settings.tokenLifetime()));
        return token;
    }

    private boolean authenticates(String[] credentials) {
        return credentials != null && credentials[0] != null && credentials[1] != null
                && same(credentials[0], settings.clientId()) & same(credentials[1], settings.clientSecret());
    }

    /** RFC 6749 section 2.3.1: id and secret are form-encoded, joined by a colon, then Base64-encoded. */
    private static String[] fromBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] { FormBody.decode(decoded.substring(0, colon)),
                    FormBody.decode(decoded.substring(colon + 1)) };
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.length() >= prefix.length()
                && text.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix);
    }
}
