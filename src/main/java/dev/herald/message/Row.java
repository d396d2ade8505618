package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.MaxCodePoints;

/** A row of an interactive list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Row(@NotBlank @MaxCodePoints(200) @JsonProperty("id") String id,
        @NotBlank @MaxCodePoints(24) @JsonProperty("title") String title,
        @MaxCodePoints(72) @JsonProperty("description") String description) {
}
