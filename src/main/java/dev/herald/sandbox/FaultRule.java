package dev.herald.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One fault injection rule: which fault, for which requests, for how long. Immutable; the remaining budget lives in
 * {@link FaultRules}.
 * <p>
 * As JSON ({@code POST /sandbox/admin/faults}):
 *
 * <pre>
 * {"fault":"rate_limited","retry_after_seconds":2,"next":3}
 * {"fault":"unavailable","share":0.5,"seed":42,"api":"v1"}
 * {"fault":"slow","delay_ms":1500,"next":1}
 * {"fault":"drop","next":2,"endpoints":"all"}
 * </pre>
 *
 * As text ({@code herald.sandbox.faults}), the same keys after the fault name, separated by colons:
 * {@code rate_limited:next=3:retry_after_seconds=2}, {@code unavailable:share=0.5:seed=42:api=v1}.
 * <p>
 * Keys: {@code fault} (required: {@code rate_limited}, {@code unavailable}, {@code provider_failure},
 * {@code unauthorized}, {@code ip_restricted}, {@code slow}, {@code drop}); exactly one of {@code next} (the next N
 * matching requests, N &ge; 1) or {@code share} (each matching request with this probability, 0 &lt; share &le; 1,
 * optionally with an integer {@code seed} for a repeatable sequence); {@code api} ({@code v1}, {@code v2} or
 * {@code any}, default any); {@code endpoints} ({@code send}, {@code token} or {@code all}, default send: the token
 * endpoint is left alone unless asked for); {@code retry_after_seconds} (only {@code rate_limited}, default 1, and
 * {@code unavailable}, default 0; 0 sends no {@code Retry-After}); {@code delay_ms} (a wait before the answer or the
 * drop; default 2000 for {@code slow}, 0 otherwise). Unknown keys are refused.
 *
 * @param kind
 *            the fault
 * @param api
 *            the only API it applies to, or null for both
 * @param endpoints
 *            which endpoints it applies to
 * @param next
 *            how many matching requests it applies to, or 0 when it applies to a share of them
 * @param share
 *            the share of matching requests it applies to, or 0 when it counts requests
 * @param seed
 *            the seed of the random draws of a share rule, or null for an unseeded random
 * @param retryAfterSeconds
 *            the {@code Retry-After} header in seconds, 0 for none
 * @param delay
 *            the wait before answering or dropping
 */
record FaultRule(FaultKind kind, ApiVersion api, Endpoints endpoints, int next, double share, Long seed,
        int retryAfterSeconds, Duration delay) {

    /** Which endpoints a rule applies to. */
    enum Endpoints {
        SEND, TOKEN, ALL;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean includes(SandboxEndpoint endpoint) {
            return this == ALL || (this == SEND) == endpoint.send();
        }
    }

    static final Duration DEFAULT_SLOW_DELAY = Duration.ofMillis(2000);
    static final int DEFAULT_RATE_LIMITED_RETRY_AFTER = 1;
    private static final long MAX_DELAY_MS = 600_000;
    private static final int MAX_RETRY_AFTER = 86_400;
    private static final List<String> KEYS = List.of("fault", "next", "share", "seed", "api", "endpoints",
            "retry_after_seconds", "delay_ms");

    /** Whether this rule is about the request at {@code endpoint}. */
    boolean matches(SandboxEndpoint endpoint) {
        return (api == null || api == endpoint.api()) && endpoints.includes(endpoint);
    }

    /** What this rule does to a request it applies to. */
    Injection injection() {
        SandboxAnswer answer = kind.answer(retryAfterSeconds);
        return new Injection(kind.wireName(), delay, answer == null ? null : answer.delayedBy(delay));
    }

    /** The rule as the admin endpoint shows it (without its state). */
    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("fault", kind.wireName());
        if (next > 0) {
            node.put("next", next);
        } else {
            node.put("share", share);
            if (seed != null) {
                node.put("seed", seed);
            }
        }
        node.put("api", api == null ? "any" : api.wireName());
        node.put("endpoints", endpoints.wireName());
        if (kind.takesRetryAfter()) {
            node.put("retry_after_seconds", retryAfterSeconds);
        }
        node.put("delay_ms", delay.toMillis());
        return node;
    }

    /** The rule in the configuration's text form, e.g. {@code rate_limited:next=3:retry_after_seconds=2}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind.wireName());
        toJson().properties().stream().filter(field -> !field.getKey().equals("fault")).forEach(
                field -> text.append(':').append(field.getKey()).append('=').append(field.getValue().asText()));
        return text.toString();
    }

    /**
     * Reads the text form {@code <fault>[:<key>=<value>]...}.
     *
     * @throws InvalidFaultRule
     *             naming every problem
     */
    static FaultRule parse(String text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<String> problems = new ArrayList<>();
        String[] parts = text.strip().split(":", -1);
        node.put("fault", parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int equals = part.indexOf('=');
            if (equals <= 0) {
                problems.add("\"" + part + "\": expected key=value");
                continue;
            }
            String key = part.substring(0, equals).strip();
            if (node.has(key)) {
                problems.add(key + ": given twice");
                continue;
            }
            node.set(key, scalar(part.substring(equals + 1).strip()));
        }
        return bind(node, problems);
    }

    /**
     * Reads the JSON form.
     *
     * @throws InvalidFaultRule
     *             naming every problem
     */
    static FaultRule fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidFaultRule(
                    List.of("the rule must be a JSON object, e.g. {\"fault\":\"unavailable\",\"next\":1}"));
        }
        return bind((ObjectNode) node, new ArrayList<>());
    }

    private static JsonNode scalar(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return value.contains(".") || value.contains("e") || value.contains("E")
                    ? JsonNodeFactory.instance.numberNode(number)
                    : JsonNodeFactory.instance.numberNode(number.toBigIntegerExact());
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    /** Checks every key, collecting every problem, then builds the rule or fails once. */
    private static FaultRule bind(ObjectNode node, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            String key = fields.next().getKey();
            seen.add(key);
            if (!KEYS.contains(key)) {
                problems.add(key + ": unknown key (allowed: " + String.join(", ", KEYS) + ")");
            }
        }
        FaultKind kind = null;
        JsonNode fault = node.get("fault");
        if (fault == null || fault.isNull()) {
            problems.add("fault: required, one of " + FaultKind.wireNames());
        } else if (!fault.isTextual() || FaultKind.byWireName(fault.textValue()).isEmpty()) {
            problems.add("fault: unknown fault " + fault + " (one of " + FaultKind.wireNames() + ")");
        } else {
            kind = FaultKind.byWireName(fault.textValue()).orElseThrow();
        }

        int next = 0;
        double share = 0;
        Long seed = null;
        if (seen.contains("next") == seen.contains("share")) {
            problems.add(
                    "give exactly one of next (the next N requests) or share (a share of requests, 0 < share <= 1)");
        }
        if (seen.contains("next")) {
            next = (int) integer(node, "next", 1, Integer.MAX_VALUE, problems);
        }
        if (seen.contains("share")) {
            JsonNode value = node.get("share");
            if (!value.isNumber() || !(value.doubleValue() > 0 && value.doubleValue() <= 1)) {
                problems.add("share: must be a number greater than 0 and at most 1, was " + value);
            } else {
                share = value.doubleValue();
            }
        }
        if (seen.contains("seed")) {
            if (!seen.contains("share")) {
                problems.add("seed: only a share rule draws at random");
            } else {
                JsonNode value = node.get("seed");
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    seed = value.longValue();
                } else {
                    problems.add("seed: must be an integer, was " + value);
                }
            }
        }

        ApiVersion api = null;
        if (seen.contains("api")) {
            String value = node.get("api").asText();
            switch (node.get("api").isTextual() ? value : "") {
            case "v1" -> api = ApiVersion.V1;
            case "v2" -> api = ApiVersion.V2;
            case "any" -> api = null;
            default -> problems.add("api: must be v1, v2 or any, was " + node.get("api"));
            }
        }
        Endpoints endpoints = Endpoints.SEND;
        if (seen.contains("endpoints")) {
            JsonNode value = node.get("endpoints");
            endpoints = value.isTextual() ? switch (value.textValue()) {
            case "send" -> Endpoints.SEND;
            case "token" -> Endpoints.TOKEN;
            case "all" -> Endpoints.ALL;
            default -> null;
            } : null;
            if (endpoints == null) {
                problems.add("endpoints: must be send, token or all, was " + value);
                endpoints = Endpoints.SEND;
            }
        }

        int retryAfter = kind == FaultKind.RATE_LIMITED ? DEFAULT_RATE_LIMITED_RETRY_AFTER : 0;
        if (seen.contains("retry_after_seconds")) {
            if (kind != null && !kind.takesRetryAfter()) {
                problems.add("retry_after_seconds: only rate_limited and unavailable send Retry-After");
            } else {
                retryAfter = (int) integer(node, "retry_after_seconds", 0, MAX_RETRY_AFTER, problems);
            }
        }
        Duration delay = kind == FaultKind.SLOW ? DEFAULT_SLOW_DELAY : Duration.ZERO;
        if (seen.contains("delay_ms")) {
            delay = Duration
                    .ofMillis(integer(node, "delay_ms", kind == FaultKind.SLOW ? 1 : 0, MAX_DELAY_MS, problems));
        }

        if (!problems.isEmpty()) {
            throw new InvalidFaultRule(problems);
        }
        return new FaultRule(kind, api, endpoints, next, share, seed, retryAfter, delay);
    }

    private static long integer(ObjectNode node, String key, long min, long max, List<String> problems) {
        JsonNode value = node.get(key);
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= min
                && value.longValue() <= max) {
            return value.longValue();
        }
        problems.add(key + ": must be an integer from " + min + " to " + max + ", was " + value);
        return min;
    }
}
