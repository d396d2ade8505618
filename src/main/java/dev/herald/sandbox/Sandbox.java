package dev.herald.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The provider emulator: answers v1 and v2 send requests and OAuth 2.0 token requests exactly as the provider would,
 * and remembers what it received. Plain Java, no framework; thread-safe. Public because the Quarkus shell, a standalone
 * launcher and tests drive it.
 */
public final class Sandbox {

    private static final System.Logger LOG = System.getLogger(Sandbox.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The request log's {@code fault} for a refusal by the configured rate limit. */
    static final String RATE_LIMIT = "rate_limit";

    private final SandboxSettings settings;
    private final Clock clock;
    private final FaultPlan faults;
    private final SendListener listener;
    private final Supplier<String> keys;
    private final SendValidator validator;
    private final TokenEndpoint tokens;
    private final RequestLog log;
    private final RequestStats stats = new RequestStats();
    private final RateLimiter limiter;

    /** A sandbox on the system clock, without faults or listeners. */
    public Sandbox(SandboxSettings settings) {
        this(settings, Clock.systemUTC(), FaultPlan.none(), SendListener.none());
    }

    /** A sandbox with the given clock (token expiry, log times), fault plan and send listener. */
    public Sandbox(SandboxSettings settings, Clock clock, FaultPlan faults, SendListener listener) {
        this(settings, clock, faults, listener, MessageKeys.random(), RequestLog.DEFAULT_CAPACITY);
    }

    Sandbox(SandboxSettings settings, Clock clock, FaultPlan faults, SendListener listener, Supplier<String> keys,
            int logCapacity) {
        this.settings = settings;
        this.clock = clock;
        this.faults = faults;
        this.listener = listener;
        this.keys = keys;
        this.validator = new SendValidator(settings.maxMessagesPerRequest());
        this.tokens = new TokenEndpoint(settings, clock);
        this.log = new RequestLog(logCapacity);
        this.limiter = new RateLimiter(settings.rateLimit());
    }

    /**
     * {@code POST /v1/send}.
     *
     * @param authKey
     *            the {@code X-INS-AUTH-KEY} header, or null
     * @param body
     *            the raw request body
     */
    public SandboxAnswer sendV1(String authKey, String body) {
        boolean authorized = authKey != null && TokenEndpoint.same(authKey, settings.v1Key());
        return send(ApiVersion.V1, authorized, body);
    }

    /**
     * {@code POST /v2/transactional/messages/send}.
     *
     * @param authorization
     *            the {@code Authorization} header ({@code Bearer <token>}), or null
     * @param body
     *            the raw request body
     */
    public SandboxAnswer sendV2(String authorization, String body) {
        return send(ApiVersion.V2, tokens.acceptsBearer(authorization), body);
    }

    /**
     * {@code POST /oauth2/token}, client-credentials grant. The fault plan is consulted first (a fault rule reaches
     * this endpoint only when it asks for it).
     *
     * @param authorization
     *            the {@code Authorization} header ({@code Basic ...}), or null
     * @param formBody
     *            the raw {@code application/x-www-form-urlencoded} body
     */
    public SandboxAnswer token(String authorization, String formBody) {
        Optional<Injection> fault = faults.intercept(SandboxEndpoint.TOKEN);
        if (fault.isPresent() && fault.get().answer() != null) {
            return fault.get().answer();
        }
        SandboxAnswer answer = tokens.token(authorization, FormBody.parse(formBody));
        return fault.map(slow -> answer.delayedBy(slow.delay())).orElse(answer);
    }

    /** Every remembered send request, oldest first. */
    public List<ReceivedRequest> requests() {
        return log.all();
    }

    /** The newest {@code limit} remembered send requests, oldest first. */
    public List<ReceivedRequest> requests(int limit) {
        return log.newest(limit);
    }

    /** Forgets every remembered send request. */
    public void clearRequests() {
        log.clear();
    }

    /**
     * Send request counts as {@code GET /sandbox/admin/stats} shows them, see {@link RequestStats#toJson}.
     *
     * @param api
     *            the only API to count, or null for both
     */
    public ObjectNode stats(ApiVersion api) {
        return stats.toJson(api, clock.instant());
    }

    /** Forgets every count. */
    public void clearStats() {
        stats.clear();
    }

    /** The settings in use (secrets elided by its {@code toString}). */
    public SandboxSettings settings() {
        return settings;
    }

    /**
     * Authentication, then the rate limit, then the fault plan, then decoding, validation and key issuing. An injected
     * fault either replaces everything after it or (slow) only delays the normal answer.
     */
    private SandboxAnswer send(ApiVersion api, boolean authorized, String body) {
        Instant receivedAt = clock.instant();
        JsonNode parsed = parse(body);
        JsonNode logged = parsed != null ? parsed : TextNode.valueOf(body == null ? "" : body);
        if (!authorized) {
            return logged(api, receivedAt, logged, ProviderAnswers.unauthorized(), List.of(), null);
        }
        if (!limiter.admit(api, receivedAt)) {
            return logged(api, receivedAt, logged, ProviderAnswers.rateLimited(1), List.of(), RATE_LIMIT);
        }
        Optional<Injection> fault = faults.intercept(SandboxEndpoint.sendOf(api));
        if (fault.isPresent() && fault.get().answer() != null) {
            return logged(api, receivedAt, logged, fault.get().answer(), List.of(), fault.get().fault());
        }
        SandboxAnswer answer = answer(api, receivedAt, parsed, logged, fault.map(Injection::fault).orElse(null));
        return fault.map(slow -> answer.delayedBy(slow.delay())).orElse(answer);
    }

    private SandboxAnswer answer(ApiVersion api, Instant receivedAt, JsonNode parsed, JsonNode logged, String fault) {
        if (parsed == null || !parsed.isObject()) {
            return logged(api, receivedAt, logged, ProviderAnswers.undecodable(), List.of(), fault);
        }
        List<String> problems = validator.validate(api, (ObjectNode) parsed);
        if (!problems.isEmpty()) {
            return logged(api, receivedAt, logged, ProviderAnswers.invalid(String.join("; ", problems)), List.of(),
                    fault);
        }
        ArrayNode items = (ArrayNode) parsed.get("messages");
        List<String> issued = new ArrayList<>(items.size());
        items.forEach(item -> issued.add(keys.get()));
        SandboxAnswer answer = logged(api, receivedAt, parsed, ProviderAnswers.keys(issued), issued, fault);
        for (int i = 0; i < items.size(); i++) {
            notifyListener(new AcceptedMessage(api, issued.get(i), SendValidator.recipient(api, items.get(i)),
                    items.get(i).get("message")));
        }
        return answer;
    }

    private SandboxAnswer logged(ApiVersion api, Instant receivedAt, JsonNode body, SandboxAnswer answer,
            List<String> issued, String fault) {
        log.record(api, receivedAt, body, answer.status(), issued, fault);
        stats.record(api, receivedAt, answer.status());
        return answer;
    }

    private void notifyListener(AcceptedMessage message) {
        try {
            listener.accepted(message);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sandbox send listener failed for key " + message.key(), e);
        }
    }

    /** The body as JSON, or null when it cannot be decoded. */
    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The log as the JSON array {@code GET /sandbox/requests} answers, oldest first. */
    public static ArrayNode toJson(List<ReceivedRequest> requests) {
        ArrayNode array = JSON.createArrayNode();
        requests.forEach(request -> array.add(request.toJson()));
        return array;
    }

}
