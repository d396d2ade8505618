package dev.herald.upstream;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.herald.config.HeraldConfig;

/**
 * Sends request bodies built by {@link Envelopes} to the provider (or the sandbox) and classifies the answer with the
 * failure table ({@link FailureRule}). Adds auth: the v1 key header, or a v2 bearer token from a cached
 * client-credentials grant (one fetch shared by concurrent callers) that is refreshed once on a 401 and the request
 * sent once more. Never logs credentials; recipients are logged masked. One call is one attempt: retries, the circuit
 * breaker, the bulkhead, pacing and batching are the {@code dispatch} layer around this bean. Public: the delivery path
 * and the API use it.
 */
@ApplicationScoped
public class UpstreamClient {

    private static final Logger LOG = Logger.getLogger(UpstreamClient.class);

    private final UpstreamSettings settings;
    private final ObjectMapper mapper;
    private final Answers answers;
    private final Clock clock;
    private final TokenCache tokens;
    private final Wire wire;

    @Inject
    UpstreamClient(HeraldConfig config, ObjectMapper mapper) {
        this(UpstreamSettings.of(config.upstream()), mapper, Clock.systemUTC(), null);
    }

    /** A client over {@code wire}; {@code null} means the Quarkus REST client. Public for plain dispatch tests. */
    public UpstreamClient(UpstreamSettings settings, ObjectMapper mapper, Clock clock, Wire wire) {
        this.settings = settings;
        this.mapper = mapper;
        this.answers = new Answers(mapper);
        this.clock = clock;
        this.tokens = new TokenCache(clock);
        this.wire = wire != null ? wire : new RestWire(settings);
    }

    /** The effective settings (mode, api-version, default sender). */
    public UpstreamSettings settings() {
        return settings;
    }

    /** Sends one request body (a {@link V1Request} or {@link V2Request}); never throws for provider failures. */
    public SendResult send(Object requestBody) {
        String json;
        try {
            json = mapper.writeValueAsString(requestBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body cannot be serialised", e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Sending %s request to %s", settings.version(), recipients(requestBody));
        }
        SendResult result;
        try {
            result = switch (settings.version()) {
            case V1 -> interpret(call(() -> wire.send(ApiVersion.V1, settings.apiKey().orElse(""), json)));
            case V2 -> sendV2(json);
            };
        } catch (UpstreamException e) {
            result = e.failure();
        }
        if (result instanceof SendResult.Failed failed) {
            LOG.warnf("Upstream did not accept the request to %s: %s (%s)", recipients(requestBody), failed.detail(),
                    failed.rule());
        }
        return result;
    }

    private SendResult sendV2(String json) {
        String token = tokens.get(this::fetchToken);
        Wire.Answer answer = call(() -> wire.send(ApiVersion.V2, "Bearer " + token, json));
        if (answer.status() == 401) {
            LOG.info("Upstream answered 401 to the cached token; fetching a new token once");
            tokens.invalidate(token);
            String fresh = tokens.get(this::fetchToken);
            answer = call(() -> wire.send(ApiVersion.V2, "Bearer " + fresh, json));
        }
        return interpret(answer);
    }

    /**
     * One client-credentials grant. Every failure names what to fix and is classified as a token failure, never as a
     * refusal of the caller's event: refused credentials and a wrong address are Herald's configuration (502), an
     * endpoint that cannot answer now is retried (503). No message was sent in any of these cases.
     */
    private TokenCache.Token fetchToken() {
        String credentials = settings.clientId().orElse("") + ":" + settings.clientSecret().orElse("");
        String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        Wire.Answer answer;
        try {
            answer = call(() -> wire.token(basic));
        } catch (UpstreamException noAnswer) {
            throw new UpstreamException(SendResult.Failed.local(FailureRule.TOKEN_UNAVAILABLE,
                    "token endpoint: " + noAnswer.failure().detail(), Answers.DEFAULT_RETRY_AFTER));
        }
        if (answer.status() / 100 == 2) {
            try {
                JsonNode json = mapper.readTree(answer.body());
                String token = json.path("access_token").asText(null);
                if (token != null && !token.isBlank()) {
                    long seconds = json.path("expires_in").asLong(3600);
                    return new TokenCache.Token(token, Duration.ofSeconds(Math.max(seconds, 1)));
                }
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // fall through to the failure below
            }
        }
        throw new UpstreamException(answers.tokenFailure(answer.status(), answer.body(), answer.retryAfter(),
                clock.instant(), settings.tokenEndpointForLogs()));
    }

    private SendResult interpret(Wire.Answer answer) {
        return answers.interpret(answer.status(), answer.body(), answer.retryAfter(), clock.instant());
    }

    private static Wire.Answer call(Supplier<Wire.Answer> request) {
        try {
            return request.get();
        } catch (UpstreamException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debugf("Upstream call failed: %s", e.toString());
            FailureRule rule = Answers.noAnswerRule(e);
            throw new UpstreamException(Answers.noAnswer(rule, describe(rule, e)));
        }
    }

    private static String describe(FailureRule rule, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        return switch (rule) {
        case TIMEOUT -> "timed out";
        case CONNECTION_REFUSED -> "connection failed (" + name + ")";
        default -> "connection dropped (" + name + ")";
        };
    }

    /** The masked recipients of a request body, for logs. */
    static List<String> recipients(Object requestBody) {
        List<String> masked = new ArrayList<>();
        if (requestBody instanceof V1Request v1 && v1.messages() != null) {
            v1.messages().forEach(item -> masked.add(PhoneMask.mask(item.phoneNumber())));
        } else if (requestBody instanceof V2Request v2 && v2.messages() != null) {
            v2.messages().forEach(item -> masked.add(PhoneMask.mask(item.phoneNumber())));
        }
        return masked;
    }
}
