package dev.herald.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A currency parameter: ISO 4217 code, amount times 1000 as an integer, and the text shown when unsupported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Currency(@NotBlank @JsonProperty("fallback_value") String fallbackValue,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be 3 uppercase letters (ISO 4217)") @JsonProperty("code") String code,
        @JsonProperty("amount_1000") long amount1000) {
}
