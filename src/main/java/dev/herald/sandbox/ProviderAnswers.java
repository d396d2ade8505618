package dev.herald.sandbox;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The provider's answer bodies, byte for byte as its documents show them. */
final class ProviderAnswers {

    static final String VALIDATION_MESSAGE = "failed to validate request";
    static final String CODE_UNDECODABLE = "2001";
    static final String CODE_INVALID = "2002";
    static final String CODE_PROVIDER_FAILURE = "2003";
    static final String PROVIDER_FAILURE_MESSAGE = "Message could not be sent.";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache");

    private ProviderAnswers() {
    }

    /** 200 {@code {"keys":[...]}}. */
    static SandboxAnswer keys(List<String> keys) {
        ObjectNode body = JSON.objectNode();
        keys.forEach(body.putArray("keys")::add);
        return SandboxAnswer.of(200, body);
    }

    /** 400 / 2001: the body could not be decoded. */
    static SandboxAnswer undecodable() {
        ObjectNode body = JSON.objectNode();
        body.put("message", VALIDATION_MESSAGE);
        body.set("error", error(VALIDATION_MESSAGE, CODE_UNDECODABLE));
        return SandboxAnswer.of(400, body);
    }

    /** 400 / 2002: the body failed validation; {@code detail} is the emulator's addition saying why. */
    static SandboxAnswer invalid(String detail) {
        ObjectNode body = JSON.objectNode();
        body.put("message", VALIDATION_MESSAGE);
        body.put("detail", detail);
        body.set("error", error(VALIDATION_MESSAGE, CODE_INVALID));
        return SandboxAnswer.of(400, body);
    }

    /** 401 {@code {"message":"unauthorized"}}: wrong or missing key or token. */
    static SandboxAnswer unauthorized() {
        return SandboxAnswer.of(401, JSON.objectNode().put("message", "unauthorized"));
    }

    /** 429 {@code {"message":"rate limited"}}, with {@code Retry-After} when {@code retryAfterSeconds} is positive. */
    static SandboxAnswer rateLimited(int retryAfterSeconds) {
        return new SandboxAnswer(429, retryAfter(retryAfterSeconds), JSON.objectNode().put("message", "rate limited"));
    }

    /**
     * 503 with an empty body (maintenance mode; the provider documents no body), with {@code Retry-After} when
     * {@code retryAfterSeconds} is positive.
     */
    static SandboxAnswer unavailable(int retryAfterSeconds) {
        return new SandboxAnswer(503, retryAfter(retryAfterSeconds), null);
    }

    /** 400 / 2003: provider or internal failure, "There is no active provider.". */
    static SandboxAnswer providerFailure() {
        ObjectNode body = JSON.objectNode();
        body.put("message", PROVIDER_FAILURE_MESSAGE);
        body.put("detail", "There is no active provider.");
        body.set("error", error(PROVIDER_FAILURE_MESSAGE, CODE_PROVIDER_FAILURE));
        return SandboxAnswer.of(400, body);
    }

    /** 403 / 1088: caller IP not allow-listed; the code is a number here, unlike the 400 bodies. */
    static SandboxAnswer ipRestricted() {
        ObjectNode body = JSON.objectNode();
        body.put("message", "ip-restricted");
        body.set("error", JSON.objectNode().put("message", "ip-restricted").put("code", 1088));
        return SandboxAnswer.of(403, body);
    }

    private static Map<String, String> retryAfter(int seconds) {
        return seconds > 0 ? Map.of("Retry-After", Integer.toString(seconds)) : Map.of();
    }

    /** 200 token response of the OAuth 2.0 token endpoint. */
    static SandboxAnswer token(String accessToken, long expiresInSeconds) {
        ObjectNode body = JSON.objectNode();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", expiresInSeconds);
        return new SandboxAnswer(200, NO_STORE, body);
    }

    /** An OAuth 2.0 error response (RFC 6749 section 5.2). */
    static SandboxAnswer oauthError(int status, String error) {
        Map<String, String> headers = status == 401 ? Map.of("WWW-Authenticate", "Basic realm=\"sandbox\"",
                "Cache-Control", "no-store", "Pragma", "no-cache") : NO_STORE;
        return new SandboxAnswer(status, headers, JSON.objectNode().put("error", error));
    }

    private static ObjectNode error(String message, String code) {
        return JSON.objectNode().put("message", message).put("code", code);
    }
}
