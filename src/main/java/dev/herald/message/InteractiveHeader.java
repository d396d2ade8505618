package dev.herald.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.HeaderRules;
import dev.herald.message.constraint.MaxCodePoints;

/** An interactive header: type text, image, video or document, with the matching field set. */
@HeaderRules
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractiveHeader(@NotBlank @JsonProperty("type") String type,
        @MaxCodePoints(60) @JsonProperty("text") String text, @Valid @JsonProperty("image") Media image,
        @Valid @JsonProperty("video") Media video, @Valid @JsonProperty("document") Media document) {
}
