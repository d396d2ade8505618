package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.herald.testing.MutableClock;

class TokenEndpointTest {

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final TokenEndpoint endpoint = new TokenEndpoint(SandboxSettings.defaults(), clock);

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> grant() {
        return Map.of("grant_type", "client_credentials");
    }

    String issuedToken(SandboxAnswer answer) {
        assertEquals(200, answer.status(), () -> String.valueOf(answer.body()));
        return answer.body().get("access_token").asText();
    }

    @Test
    void issuesABearerTokenForClientSecretBasic() {
        SandboxAnswer answer = endpoint.token(basic("sandbox-client", "sandbox-secret"), grant());

        assertEquals(200, answer.status());
        assertEquals("Bearer", answer.body().get("token_type").asText());
        assertEquals(5400, answer.body().get("expires_in").asLong());
        assertEquals("no-store", answer.headers().get("Cache-Control"));
        assertTrue(endpoint.acceptsBearer("Bearer " + issuedToken(answer)));
    }

    @Test
    void issuesATokenForClientSecretPost() {
        String token = issuedToken(endpoint.token(null, Map.of("grant_type", "client_credentials", "client_id",
                "sandbox-client", "client_secret", "sandbox-secret")));

        assertTrue(endpoint.acceptsBearer("Bearer " + token));
    }

    @Test
    void decodesFormEncodedBasicCredentials() {
        TokenEndpoint special = new TokenEndpoint(
                new SandboxSettings("k", "client:1", "se cret&", Duration.ofMinutes(5), 10), clock);

        assertEquals(200, special.token(basic("client%3A1", "se+cret%26"), grant()).status());
    }

    @Test
    void issuesADifferentTokenEachTime() {
        assertNotEquals(issuedToken(endpoint.token(basic("sandbox-client", "sandbox-secret"), grant())),
                issuedToken(endpoint.token(basic("sandbox-client", "sandbox-secret"), grant())));
    }

    @Test
    void refusesWrongCredentialsWithInvalidClient() {
        SandboxAnswer answer = endpoint.token(basic("sandbox-client", "wrong"), grant());

        assertEquals(401, answer.status());
        assertEquals("{\"error\":\"invalid_client\"}", answer.body().toString());
        assertEquals("Basic realm=\"sandbox\"", answer.headers().get("WWW-Authenticate"));
        assertEquals(401, endpoint.token(null, grant()).status());
        assertEquals(401, endpoint.token("Basic not-base64!", grant()).status());
    }

    @Test
    void refusesAnotherGrantWithUnsupportedGrantType() {
        SandboxAnswer answer = endpoint.token(basic("sandbox-client", "sandbox-secret"),
                Map.of("grant_type", "password"));

        assertEquals(400, answer.status());
        assertEquals("{\"error\":\"unsupported_grant_type\"}", answer.body().toString());
    }

    @Test
    void refusesAMissingGrantWithInvalidRequest() {
        SandboxAnswer answer = endpoint.token(basic("sandbox-client", "sandbox-secret"), Map.of());

        assertEquals(400, answer.status());
        assertEquals("{\"error\":\"invalid_request\"}", answer.body().toString());
    }

    @Test
    void refusesTwoClientAuthenticationMethodsAtOnce() {
        SandboxAnswer answer = endpoint.token(basic("sandbox-client", "sandbox-secret"),
                Map.of("grant_type", "client_credentials", "client_id", "sandbox-client"));

        assertEquals(400, answer.status());
        assertEquals("{\"error\":\"invalid_request\"}", answer.body().toString());
    }

    @Test
    void refusesATokenOnceItExpires() {
        String token = issuedToken(endpoint.token(basic("sandbox-client", "sandbox-secret"), grant()));

        clock.advance(Duration.ofMinutes(90).minusSeconds(1));
        assertTrue(endpoint.acceptsBearer("Bearer " + token));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(endpoint.acceptsBearer("Bearer " + token));
    }

    @Test
    void refusesUnknownTokensAndOtherSchemes() {
        String token = issuedToken(endpoint.token(basic("sandbox-client", "sandbox-secret"), grant()));

        assertTrue(endpoint.acceptsBearer("bearer " + token), "the scheme is case-insensitive");
        assertFalse(endpoint.acceptsBearer("Bearer unknown"));
        assertFalse(endpoint.acceptsBearer(token));
        assertFalse(endpoint.acceptsBearer("Basic " + token));
        assertFalse(endpoint.acceptsBearer(null));
    }

    @Test
    void parsesFormBodies() {
        assertEquals(Map.of("grant_type", "client_credentials", "client_id", "a b", "x", ""),
                FormBody.parse("grant_type=client_credentials&client_id=a+b&x&grant_type=other"));
        assertEquals(Map.of(), FormBody.parse("a=%zz"));
    }
}
