package dev.herald.upstream;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import dev.herald.config.HeraldConfig;

/**
 * Sends request bodies built by {@link Envelopes} to the provider (or the sandbox) and classifies the answer. Adds
 * auth: the v1 key header, or a v2 bearer token from a cached client-credentials grant that is refreshed once on a 401.
 * Never logs credentials; recipients are logged masked. Public: the delivery path and the API use it. Retries, the
 * circuit breaker and pacing belong to a later layer around this bean.
 */
@ApplicationScoped
public class UpstreamClient {

    private static final Logger LOG = Logger.getLogger(UpstreamClient.class);

    private final UpstreamSettings settings;
    private final ObjectMapper mapper;
    private final Answers answers;
    private final Clock clock;
    private final TokenCache tokens;
    private volatile ProviderApi provider;
    private volatile TokenApi tokenApi;

    @Inject
    UpstreamClient(HeraldConfig config, ObjectMapper mapper) {
        this(UpstreamSettings.of(config.upstream()), mapper, Clock.systemUTC());
    }

    UpstreamClient(UpstreamSettings settings, ObjectMapper mapper, Clock clock) {
        this.settings = settings;
        this.mapper = mapper;
        this.answers = new Answers(mapper);
        this.clock = clock;
        this.tokens = new TokenCache(clock);
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
            case V1 -> sendV1(json);
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

    private SendResult sendV1(String json) {
        String key = settings.apiKey().orElse("");
        return interpret(call(() -> provider().sendV1(key, json)));
    }

    private SendResult sendV2(String json) {
        String token = tokens.get(this::fetchToken);
        Response answer = call(() -> provider().sendV2("Bearer " + token, json));
        if (answer.getStatus() == 401) {
            answer.close();
            LOG.info("Upstream answered 401 to the cached token; fetching a new token once");
            tokens.invalidate();
            String fresh = tokens.get(this::fetchToken);
            answer = call(() -> provider().sendV2("Bearer " + fresh, json));
        }
        return interpret(answer);
    }

    private TokenCache.Token fetchToken() {
        String credentials = settings.clientId().orElse("") + ":" + settings.clientSecret().orElse("");
        String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        Response answer = call(() -> tokenApi().token(basic, "client_credentials"));
        String body = readBody(answer);
        if (answer.getStatus() / 100 == 2) {
            try {
                JsonNode json = mapper.readTree(body);
                String token = json.path("access_token").asText(null);
                if (token != null && !token.isBlank()) {
                    long seconds = json.path("expires_in").asLong(3600);
                    return new TokenCache.Token(token, Duration.ofSeconds(Math.max(seconds, 1)));
                }
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // fall through to the failure below
            }
            throw new UpstreamException(Answers.noAnswer("the token endpoint answered without an access_token"));
        }
        SendResult result = answers.interpret(answer.getStatus(), body, answer.getHeaderString(HttpHeaders.RETRY_AFTER),
                clock.instant());
        SendResult.Failed failed = (SendResult.Failed) result;
        throw new UpstreamException(new SendResult.Failed(failed.failure(), failed.rule(), failed.status(),
                failed.providerCode(), "token endpoint: " + failed.detail(), failed.retryAfter()));
    }

    private SendResult interpret(Response answer) {
        String body = readBody(answer);
        return answers.interpret(answer.getStatus(), body, answer.getHeaderString(HttpHeaders.RETRY_AFTER),
                clock.instant());
    }

    private static String readBody(Response answer) {
        try (answer) {
            return answer.hasEntity() ? answer.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static Response call(Supplier<Response> request) {
        try {
            return request.get();
        } catch (UpstreamException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debugf("Upstream call failed: %s", e.toString());
            throw new UpstreamException(Answers.noAnswer(describe(e)));
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        return name.toLowerCase().contains("timeout") ? "timed out" : "connection failed (" + name + ")";
    }

    private ProviderApi provider() {
        ProviderApi current = provider;
        if (current == null) {
            synchronized (this) {
                if (provider == null) {
                    provider = builder(settings.baseUri()).build(ProviderApi.class);
                }
                current = provider;
            }
        }
        return current;
    }

    private TokenApi tokenApi() {
        TokenApi current = tokenApi;
        if (current == null) {
            synchronized (this) {
                if (tokenApi == null) {
                    tokenApi = builder(settings.tokenUri()).build(TokenApi.class);
                }
                current = tokenApi;
            }
        }
        return current;
    }

    private QuarkusRestClientBuilder builder(URI base) {
        long millis = settings.timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder().baseUri(base).connectTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS).disableDefaultMapper(true);
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
