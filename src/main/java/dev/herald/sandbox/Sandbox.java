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

    private final SandboxSettings settings;
    private final Clock clock;
    private final FaultPlan faults;
    private final SendListener listener;
    private final Supplier<String> keys;
    private final SendValidator validator;
    private final TokenEndpoint tokens;
    private final RequestLog log;

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
     * {@code POST /oauth2/token}, client-credentials grant.
     *
     * @param authorization
     *            the {@code Authorization} header ({@code Basic ...}), or null
     * @param formBody
     *            the raw {@code application/x-www-form-urlencoded} body
     */
    public SandboxAnswer token(String authorization, String formBody) {
        return tokens.token(authorization, FormBody.parse(formBody));
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

    /** The settings in use (secrets elided by its {@code toString}). */
    public SandboxSettings settings() {
        return settings;
    }

    private SandboxAnswer send(ApiVersion api, boolean authorized, String body) {
        Instant receivedAt = clock.instant();
        JsonNode parsed = parse(body);
        JsonNode logged = parsed != null ? parsed : TextNode.valueOf(body == null ? "" : body);
        if (!authorized) {
            return logged(api, receivedAt, logged, ProviderAnswers.unauthorized(), List.of());
        }
        Optional<SandboxAnswer> fault = faults.intercept(api);
        if (fault.isPresent()) {
            return logged(api, receivedAt, logged, fault.get(), List.of());
        }
        if (parsed == null || !parsed.isObject()) {
            return logged(api, receivedAt, logged, ProviderAnswers.undecodable(), List.of());
        }
        List<String> problems = validator.validate(api, (ObjectNode) parsed);
        if (!problems.isEmpty()) {
            return logged(api, receivedAt, logged, ProviderAnswers.invalid(String.join("; ", problems)), List.of());
        }
        ArrayNode items = (ArrayNode) parsed.get("messages");
        List<String> issued = new ArrayList<>(items.size());
        items.forEach(item -> issued.add(keys.get()));
        SandboxAnswer answer = logged(api, receivedAt, parsed, ProviderAnswers.keys(issued), issued);
        for (int i = 0; i < items.size(); i++) {
            notifyListener(new AcceptedMessage(api, issued.get(i), SendValidator.recipient(api, items.get(i)),
                    items.get(i).get("message")));
        }
        return answer;
    }

    private SandboxAnswer logged(ApiVersion api, Instant receivedAt, JsonNode body, SandboxAnswer answer,
            List<String> issued) {
        log.record(api, receivedAt, body, answer.status(), issued);
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
