package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.MaxCodePoints;
import dev.herald.message.constraint.Trimmed;

/** A reply button's id and title. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reply(@NotBlank @MaxCodePoints(256) @Trimmed @JsonProperty("id") String id,
        @NotBlank @MaxCodePoints(20) @JsonProperty("title") String title) {
}
