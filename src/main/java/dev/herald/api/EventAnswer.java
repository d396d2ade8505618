package dev.herald.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The 200 answer of {@code POST /events/{trigger}}. */
@RegisterForReflection
record EventAnswer(String trigger, @JsonProperty("event_id") String eventId, List<DeliveryStatus> notifications) {
}
