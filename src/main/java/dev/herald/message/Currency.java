package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A currency parameter: ISO 4217 code, amount times 1000 as an integer, and the text shown when unsupported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Currency(@JsonProperty("fallback_value") String fallbackValue, @JsonProperty("code") String code,
        @JsonProperty("amount_1000") long amount1000) {
}
