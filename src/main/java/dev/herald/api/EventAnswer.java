package dev.herald.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 200 answer of {@code POST /events/{trigger}}. */
record EventAnswer(String trigger, @JsonProperty("event_id") String eventId, List<DeliveryStatus> notifications) {
}
