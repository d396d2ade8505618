package dev.herald.api;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.herald.compile.ErrorCode;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) with Herald's stable {@code code}, the problems of each
 * notification in {@code errors} and, for delivery failures, what happened to each notification.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String code, String instance, List<?> errors,
        String trigger, @JsonProperty("event_id") String eventId, List<DeliveryStatus> notifications) {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://herald.dev/problems/";

    /** A problem for one of Herald's codes. */
    static Problem of(ErrorCode code, int status, String detail, String instance) {
        return of(code.name(), title(code), status, detail, instance);
    }

    /** A problem for a code outside the catalog (plain HTTP errors such as an unknown path). */
    static Problem of(String code, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'), title, status, detail, code,
                instance, null, null, null, null);
    }

    Problem withErrors(List<?> list) {
        return new Problem(type, title, status, detail, code, instance, list, trigger, eventId, notifications);
    }

    Problem withDelivery(String eventTrigger, String id, List<DeliveryStatus> statuses) {
        return new Problem(type, title, status, detail, code, instance, errors, eventTrigger, id, statuses);
    }

    static String title(ErrorCode code) {
        return switch (code) {
        case MALFORMED_JSON -> "Malformed JSON body";
        case UNKNOWN_TRIGGER -> "Unknown trigger";
        case BODY_TOO_LARGE -> "Body too large";
        case UNRESOLVABLE_EVENT -> "Event cannot be resolved";
        case UPSTREAM_REJECTED -> "Provider rejected the message";
        case UPSTREAM_AUTH -> "Provider refused Herald's credentials";
        case UPSTREAM_UNAVAILABLE -> "Provider unavailable";
        case IDEMPOTENCY_IN_FLIGHT -> "Request with this idempotency key still in progress";
        case IDEMPOTENCY_KEY_REUSED -> "Idempotency key reused with a different body";
        case INVALID_DEFINITIONS -> "Definitions do not compile";
        case INTERNAL -> "Internal error";
        case CALLBACK_UNAUTHENTICATED -> "Callback token missing or wrong";
        case MALFORMED_CALLBACK -> "Malformed status callback";
        case UNKNOWN_MESSAGE -> "Unknown message key";
        case MISSING_PARAMETER -> "Missing query parameter";
        case SHUTTING_DOWN -> "Shutting down";
        default -> code.name();
        };
    }
}
