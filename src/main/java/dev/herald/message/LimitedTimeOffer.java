package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A limited-time offer's expiry, epoch milliseconds as an integer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LimitedTimeOffer(@JsonProperty("expiration_time_ms") long expirationTimeMs) {
}
