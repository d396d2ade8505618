package dev.herald.upstream;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the provider's answers: keys from a 2xx, a classified {@link SendResult.Failed} from anything else. */
final class Answers {

    /** Retry-After used when a retryable answer does not carry one. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final ObjectMapper mapper;

    Answers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The result of one HTTP answer; {@code retryAfterHeader} may be {@code null}. */
    SendResult interpret(int status, String body, String retryAfterHeader, Instant now) {
        JsonNode json = parse(body);
        if (status >= 200 && status <= 299) {
            List<String> keys = new ArrayList<>();
            json.path("keys").forEach(k -> keys.add(k.asText()));
            return new SendResult.Accepted(List.copyOf(keys));
        }
        JsonNode error = json.path("error");
        String providerCode = error.path("code").isValueNode() ? error.path("code").asText() : null;
        String message = firstText(error.path("message"), json.path("message"), json.path("detail"));
        FailureRule rule = FailureRule.match(status, providerCode);
        StringBuilder detail = new StringBuilder("provider answered ").append(status);
        if (providerCode != null) {
            detail.append(" (code ").append(providerCode).append(')');
        }
        if (message != null) {
            detail.append(": ").append(message);
        }
        Duration retryAfter = rule.failure().retryable() ? retryAfter(retryAfterHeader, now) : null;
        boolean given = retryAfter != null && retryAfterHeader != null && !retryAfterHeader.isBlank();
        return new SendResult.Failed(rule.failure(), rule.name(), status, providerCode, detail.toString(), retryAfter,
                given);
    }

    /**
     * A token endpoint answer without a usable access token, as one of the token rows of the failure table, with a
     * detail that names the configuration keys to check (never their values). {@code endpoint} is the token URL without
     * credentials or query.
     */
    SendResult.Failed tokenFailure(int status, String body, String retryAfterHeader, Instant now, String endpoint) {
        FailureRule rule = status / 100 == 2 ? FailureRule.TOKEN_NOT_FOUND : FailureRule.matchToken(status);
        JsonNode json = parse(body);
        String error = firstText(json.path("error"), json.path("message"));
        String answered = "the token endpoint " + endpoint + " answered " + status
                + (error == null ? "" : " (" + error + ")");
        String detail = switch (rule) {
        case TOKEN_REFUSED -> answered + ": it refused Herald's client credentials; check herald.upstream.client-id"
                + " and herald.upstream.client-secret (HERALD_UPSTREAM_CLIENT_ID, HERALD_UPSTREAM_CLIENT_SECRET)";
        case TOKEN_NOT_FOUND -> answered + (status / 100 == 2 ? " without an access_token" : "")
                + ": no OAuth 2.0 token endpoint there; check herald.upstream.token-url (HERALD_UPSTREAM_TOKEN_URL,"
                + " default <herald.upstream.base-url>/oauth2/token)";
        default -> answered + ": it cannot issue a token now; nothing was sent";
        };
        Duration retryAfter = rule.retryable() ? retryAfter(retryAfterHeader, now) : null;
        boolean given = retryAfter != null && retryAfterHeader != null && !retryAfterHeader.isBlank();
        return new SendResult.Failed(rule.failure(), rule.name(), status, null, detail, retryAfter, given);
    }

    /** No answer at all: {@code rule} is {@link FailureRule#TIMEOUT}, {@code CONNECTION_REFUSED} or {@code _RESET}. */
    static SendResult.Failed noAnswer(FailureRule rule, String what) {
        return SendResult.Failed.local(rule, "no answer from the provider: " + what, DEFAULT_RETRY_AFTER);
    }

    /** Classifies an exception of the HTTP layer (its whole cause chain) as timeout, refused or reset. */
    static FailureRule noAnswerRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName().toLowerCase();
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (t instanceof java.net.ConnectException || message.contains("connection refused")) {
                return FailureRule.CONNECTION_REFUSED;
            }
            if (name.contains("timeout") || message.contains("timed out") || message.contains("timeout")) {
                return FailureRule.TIMEOUT;
            }
        }
        return FailureRule.CONNECTION_RESET;
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@link #DEFAULT_RETRY_AFTER} when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.compareTo(DEFAULT_RETRY_AFTER) < 0 ? DEFAULT_RETRY_AFTER
                        : Duration.ofSeconds(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            } catch (DateTimeParseException notDate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return mapper.missingNode();
        }
        try {
            return mapper.readTree(body);
        } catch (Exception notJson) {
            return mapper.missingNode();
        }
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return null;
    }
}
