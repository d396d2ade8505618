package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.MaxCodePoints;

/** A text message body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Text(@NotBlank @MaxCodePoints(4096) @JsonProperty("body") String body,
        @JsonProperty("preview_url") Boolean previewUrl) {
}
