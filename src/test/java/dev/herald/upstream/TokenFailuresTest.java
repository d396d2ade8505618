package dev.herald.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.herald.compile.ErrorCode;

/**
 * How the v2 token endpoint's failures reach the caller: never as a refusal of the event (422), but as Herald's
 * configuration (502, naming the keys to fix) or as the provider's availability (503, retryable). No send is attempted
 * without a token.
 */
class TokenFailuresTest {

    private static final URI BASE = URI.create("http://provider.test:8443/api");

    private final AtomicInteger sends = new AtomicInteger();

    private SendResult.Failed sendWhenTheTokenEndpoint(Supplier<Wire.Answer> answers) {
        Wire wire = new Wire() {
            @Override
            public Answer send(ApiVersion version, String auth, String json) {
                sends.incrementAndGet();
                return new Answer(200, "{\"keys\":[\"whatsapp-1\"]}", null);
            }

            @Override
            public Answer token(String basic) {
                return answers.get();
            }
        };
        UpstreamClient client = new UpstreamClient(
                new UpstreamSettings(JdkWire.insider(BASE, ApiVersion.V2, Duration.ofSeconds(1)), () -> 0),
                new ObjectMapper(), Clock.systemUTC(), wire);
        SendResult result = client.send(new V2Request("+905551234567", List.of()));
        assertEquals(0, sends.get(), "nothing is sent without a token");
        return assertInstanceOf(SendResult.Failed.class, result);
    }

    @Test
    void refusedClientCredentialsAre502NamingTheCredentialKeysNotTheirValues() {
        SendResult.Failed failed = sendWhenTheTokenEndpoint(
                () -> new Wire.Answer(401, "{\"error\":\"invalid_client\"}", null));
        assertEquals(UpstreamFailure.AUTH, failed.failure());
        assertEquals(FailureRule.TOKEN_REFUSED, failed.row());
        assertEquals(502, failed.failure().httpStatus());
        assertEquals("the token endpoint http://provider.test:8443/api/oauth2/token answered 401 (invalid_client): it "
                + "refused Herald's client credentials; check herald.upstream.client-id and herald.upstream.client-secret"
                + " (HERALD_UPSTREAM_CLIENT_ID, HERALD_UPSTREAM_CLIENT_SECRET)", failed.detail());
        assertFalse(failed.detail().contains("test-secret"), failed.detail());
        assertFalse(failed.failure().retryable());
    }

    @Test
    void badRequestOfTheTokenEndpointIsARefusalOfTheCredentialsToo() {
        SendResult.Failed failed = sendWhenTheTokenEndpoint(
                () -> new Wire.Answer(400, "{\"error\":\"invalid_request\"}", null));
        assertEquals(FailureRule.TOKEN_REFUSED, failed.row());
        assertEquals(ErrorCode.UPSTREAM_AUTH, failed.failure().code());
    }

    @Test
    void missingTokenEndpointIs502NamingTheTokenUrl() {
        SendResult.Failed failed = sendWhenTheTokenEndpoint(() -> new Wire.Answer(404, "Not Found", null));
        assertEquals(UpstreamFailure.AUTH, failed.failure());
        assertEquals(FailureRule.TOKEN_NOT_FOUND, failed.row());
        assertTrue(
                failed.detail()
                        .startsWith("the token endpoint http://provider.test:8443/api/oauth2/token answered"
                                + " 404: no OAuth 2.0 token endpoint there; check herald.upstream.token-url"),
                failed.detail());
    }

    @Test
    void answerWithoutAnAccessTokenIsAWrongAddress() {
        SendResult.Failed failed = sendWhenTheTokenEndpoint(() -> new Wire.Answer(200, "<html>welcome</html>", null));
        assertEquals(FailureRule.TOKEN_NOT_FOUND, failed.row());
        assertTrue(failed.detail().contains("answered 200 without an access_token"), failed.detail());
    }

    @Test
    void unavailableTokenEndpointIsRetryable503WithItsRetryAfter() {
        SendResult.Failed failed = sendWhenTheTokenEndpoint(() -> new Wire.Answer(503, "", "7"));
        assertEquals(UpstreamFailure.UNAVAILABLE, failed.failure());
        assertEquals(FailureRule.TOKEN_UNAVAILABLE, failed.row());
        assertEquals(503, failed.failure().httpStatus());
        assertTrue(failed.row().retryable());
        assertFalse(failed.row().maybeAccepted());
        assertEquals(Duration.ofSeconds(7), failed.retryAfter());
        assertTrue(failed.providerRetryAfter());
    }

    @Test
    void silentTokenEndpointIsRetryableAndNothingMayHaveBeenAccepted() {
        SendResult.Failed failed = sendWhenTheTokenEndpoint(() -> {
            throw new IllegalStateException(new HttpTimeoutException("request timed out"));
        });
        assertEquals(FailureRule.TOKEN_UNAVAILABLE, failed.row(), "a token request that timed out sent no message");
        assertTrue(failed.row().retryable());
        assertFalse(failed.row().maybeAccepted());
        assertEquals(Duration.ofSeconds(1), failed.retryAfter());
        assertTrue(failed.detail().startsWith("token endpoint: no answer"), failed.detail());
    }
}
