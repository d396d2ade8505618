package dev.herald.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What happened to one notification of a fired event: {@code sent} (with keys and language), {@code skipped} (with the
 * reason), {@code failed} (delivery failed: code and detail) or {@code unknown} (sent, but no answer came: the provider
 * may have accepted it).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliveryStatus(String name, String status, List<String> keys, String language, String reason, String code,
        String detail) {

    static DeliveryStatus sent(String name, List<String> keys, String language) {
        return new DeliveryStatus(name, "sent", keys, language, null, null, null);
    }

    static DeliveryStatus skipped(String name, String reason) {
        return new DeliveryStatus(name, "skipped", null, null, reason, null, null);
    }

    static DeliveryStatus failed(String name, String code, String detail) {
        return new DeliveryStatus(name, "failed", null, null, null, code, detail);
    }

    /** Sent, no answer: the provider may have accepted it; Herald did not send it again. */
    static DeliveryStatus unknown(String name, String code, String detail) {
        return new DeliveryStatus(name, "unknown", null, null, null, code, detail);
    }

}
