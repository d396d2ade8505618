package dev.herald.compile;

/**
 * Every stable error code Herald reports, with an example of each. Codes of phase {@link Phase#COMPILE} stop the
 * service at startup; {@link Phase#RESOLVE} codes fail one event for one notification (HTTP 422); {@link Phase#FIXTURE}
 * codes come from the {@code validate} command's fixture tests; {@link Phase#API} codes describe a request or delivery
 * outcome. Public because the API layer and tests name them.
 */
public enum ErrorCode {

    /** {@code rules/a.yaml:3:7: YAML_SYNTAX: mapping values are not allowed here} */
    YAML_SYNTAX(Phase.COMPILE),
    /** {@code rules/a.yaml:9:5: DUPLICATE_KEY: key "to" is already set at line 6} */
    DUPLICATE_KEY(Phase.COMPILE),
    /** {@code rules/a.yaml:4:12: WRONG_TYPE: "body" must be a list, not a string} */
    WRONG_TYPE(Phase.COMPILE),
    /** {@code rules/a.yaml:7:5: UNKNOWN_KEY: unknown key "tirgger" (did you mean "trigger"?)} */
    UNKNOWN_KEY(Phase.COMPILE),
    /** {@code rules/a.yaml:2:5: MISSING_KEY: notification "order-shipped" has no "to"} */
    MISSING_KEY(Phase.COMPILE),
    /** {@code rules/b.yaml:2:11: DUPLICATE_NAME: notification "order-shipped" is already defined at rules/a.yaml:2} */
    DUPLICATE_NAME(Phase.COMPILE),
    /** {@code rules/a.yaml:2:11: INVALID_NAME: name "Order Shipped" must be kebab-case, e.g. "order-shipped"} */
    INVALID_NAME(Phase.COMPILE),
    /** {@code rules/a.yaml:8:17: INVALID_VALUE: sub_type "link" is not one of url, quick_reply, copy_code, flow} */
    INVALID_VALUE(Phase.COMPILE),
    /** {@code rules/a.yaml:2:5: MESSAGE_KIND: notification "x" has both "text" and "image"; write exactly one} */
    MESSAGE_KIND(Phase.COMPILE),
    /** {@code rules/a.yaml:5:9: EXPRESSION_SYNTAX: unterminated expression in "{event.name"} */
    EXPRESSION_SYNTAX(Phase.COMPILE),
    /** {@code rules/a.yaml:5:9: UNKNOWN_VARIABLE: "evnt" is not defined (did you mean "event"?)} */
    UNKNOWN_VARIABLE(Phase.COMPILE),
    /** {@code rules/a.yaml:5:9: INCLUDE_NOT_FOUND: {#include slot-questio.txt} names no file in templates/} */
    INCLUDE_NOT_FOUND(Phase.COMPILE),
    /** {@code rules/a.yaml:12:20: LIMIT_EXCEEDED: reply button title is 23 characters, the limit is 20} */
    LIMIT_EXCEEDED(Phase.COMPILE),
    /** {@code rules/a.yaml:6:7: NOT_ALLOWED: "caption" is not allowed on audio} */
    NOT_ALLOWED(Phase.COMPILE),
    /**
     * {@code rules/a.yaml:6:13: UNKNOWN_TEMPLATE: template "order_shiped" is not in templates/ (did you mean "order_shipped"?)}
     */
    UNKNOWN_TEMPLATE(Phase.COMPILE),
    /**
     * {@code rules/a.yaml:9:13: LANGUAGE_NOT_APPROVED: fallback language "de" is not approved for template "order_shipped" (approved: en, tr)}
     */
    LANGUAGE_NOT_APPROVED(Phase.COMPILE),
    /** {@code rules/a.yaml:11:9: PARAMETER_COUNT: body has 2 parameters, template "order_shipped" (tr) expects 3} */
    PARAMETER_COUNT(Phase.COMPILE),
    /**
     * {@code rules/a.yaml:14:11: BUTTON_MISMATCH: button 1 is quick_reply in template "order_shipped" (en), not url}
     */
    BUTTON_MISMATCH(Phase.COMPILE),
    /** {@code rules/a.yaml:10:9: HEADER_FORMAT: header is image, template "order_shipped" (en) has a text header} */
    HEADER_FORMAT(Phase.COMPILE),
    /** {@code templates/x.yaml:3:3: INVALID_MIRROR: body uses {{3}} but not {{2}}} */
    INVALID_MIRROR(Phase.COMPILE),
    /** {@code rules:1:1: NO_SUCH_DIRECTORY: rules directory /srv/rules does not exist} */
    NO_SUCH_DIRECTORY(Phase.COMPILE),

    /** {@code MISSING_VALUE: {event.customer.phone} has no value (rules/a.yaml:4)} */
    MISSING_VALUE(Phase.RESOLVE),
    /** {@code INVALID_PHONE: "to" resolved to "0555 123", not an E.164 number like +905551234567} */
    INVALID_PHONE(Phase.RESOLVE),
    /** {@code NOT_A_NUMBER: amount_1000 resolved to "12.5", not an integer} */
    NOT_A_NUMBER(Phase.RESOLVE),
    /** {@code NOT_A_LIST: for_each event.items resolved to a string, not a list} */
    NOT_A_LIST(Phase.RESOLVE),
    /** {@code NO_APPROVED_LANGUAGE: none of de_DE, de, en is approved for template "order_shipped" (approved: tr)} */
    NO_APPROVED_LANGUAGE(Phase.RESOLVE),
    /** {@code LIMIT_VIOLATION: interactive.action.buttons[0].reply.title: 23 characters, limit 20} */
    LIMIT_VIOLATION(Phase.RESOLVE),
    /** {@code EVALUATION_FAILED: when: event.total > 'x' could not be evaluated: ...} */
    EVALUATION_FAILED(Phase.RESOLVE),

    /**
     * {@code rules/orders.test.yaml:7:9: FIXTURE_INVALID: unknown key "expcet" in fixture test (did you mean "expect"?)}
     */
    FIXTURE_INVALID(Phase.FIXTURE),
    /**
     * {@code rules/orders.test.yaml:12:7: FIXTURE_FAILED: ships in Turkish / order-shipped:} followed by one line per
     * difference, e.g. {@code message.template.language.code: expected "tr", got "en"}
     */
    FIXTURE_FAILED(Phase.FIXTURE),

    /** The request body is not JSON, or not a JSON object. HTTP 400. */
    MALFORMED_JSON(Phase.API),
    /** No notification listens to this trigger. HTTP 404. */
    UNKNOWN_TRIGGER(Phase.API),
    /** The request body is larger than {@code herald.api.max-body-size}. HTTP 413. */
    BODY_TOO_LARGE(Phase.API),
    /** No API key was sent while {@code herald.api.keys} is set. HTTP 401. */
    UNAUTHENTICATED(Phase.API),
    /** The API key sent is not one of {@code herald.api.keys}. HTTP 403. */
    FORBIDDEN(Phase.API),
    /** The path does not exist. HTTP 404. */
    NOT_FOUND(Phase.API),
    /** The path exists but not for this method. HTTP 405. */
    METHOD_NOT_ALLOWED(Phase.API),
    /** The request's content type or accepted type cannot be served. HTTP 406 / 415. */
    UNSUPPORTED_MEDIA_TYPE(Phase.API),
    /** At least one notification could not be resolved; nothing was sent. HTTP 422. */
    UNRESOLVABLE_EVENT(Phase.API),
    /** The provider refused the request for good (400 with 2001 / 2002 / INVALID_FILE). HTTP 422. */
    UPSTREAM_REJECTED(Phase.API),
    /** The provider refused Herald's credentials or address (401, 403/1088). HTTP 502. */
    UPSTREAM_AUTH(Phase.API),
    /** The provider could not take the request now (429, 503, 2003, timeout, connection). HTTP 503. */
    UPSTREAM_UNAVAILABLE(Phase.API),
    /**
     * A request with the same {@code Idempotency-Key} (or body {@code id}) for the same trigger is still being
     * processed after waiting {@code herald.idempotency.wait}; retry after {@code Retry-After}. HTTP 409.
     */
    IDEMPOTENCY_IN_FLIGHT(Phase.API),
    /**
     * The {@code Idempotency-Key} (or body {@code id}) was already used for this trigger with a different body:
     * {@code the
     * key "k-1" was first used with a different body; use a new key for a new event}. HTTP 422.
     */
    IDEMPOTENCY_KEY_REUSED(Phase.API),
    /** Live reload: the definitions were edited and no longer compile; {@code detail} lists every problem. HTTP 500. */
    INVALID_DEFINITIONS(Phase.API),
    /**
     * A status callback without {@code Authorization: Bearer <herald.callbacks.token>}, with another token, or while no
     * token is configured: {@code the callback token is missing or wrong}. HTTP 401.
     */
    CALLBACK_UNAUTHENTICATED(Phase.API),
    /**
     * A status callback body that is not one of the provider's shapes:
     * {@code key is missing: every callback must carry the key the send returned}. HTTP 400.
     */
    MALFORMED_CALLBACK(Phase.API),
    /**
     * {@code GET /messages/{key}} for a key Herald did not send or has forgotten: {@code no message "whatsapp-…"}. HTTP
     * 404.
     */
    UNKNOWN_MESSAGE(Phase.API),
    /** A required query parameter is missing: {@code GET /messages needs ?event_id=…}. HTTP 400. */
    MISSING_PARAMETER(Phase.API),
    /**
     * The process is shutting down (SIGTERM) and takes no new event; retry after {@code Retry-After}, another replica
     * answers: {@code Herald is shutting down and takes no new events}. HTTP 503.
     */
    SHUTTING_DOWN(Phase.API),
    /** Any other unexpected failure inside Herald. HTTP 500. */
    INTERNAL(Phase.API);

    /** When a code can occur. */
    public enum Phase {
        /** Compiling the definitions: the service refuses to start. */
        COMPILE,
        /** Resolving one event for one notification. */
        RESOLVE,
        /** Running the fixture tests of {@code rules/**}{@code /*.test.yaml} ({@code validate}, the Maven build). */
        FIXTURE,
        /** Answering an HTTP request or delivering upstream. */
        API
    }

    private final Phase phase;

    ErrorCode(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }
}
