package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A date_time parameter, sent as its fallback text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateTime(@NotBlank @JsonProperty("fallback_value") String fallbackValue) {
}
