package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A date_time parameter, sent as its fallback text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateTime(@JsonProperty("fallback_value") String fallbackValue) {
}
