package dev.herald.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.MessageRules;

/**
 * One WhatsApp message object (Meta Cloud API shape) as sent inside the provider's envelope. Exactly one of the kind
 * fields is set, matching {@code type}.
 */
@MessageRules
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(@NotBlank @JsonProperty("type") String type, @Valid @JsonProperty("context") Context context,
        @Valid @JsonProperty("text") Text text, @Valid @JsonProperty("image") Media image,
        @Valid @JsonProperty("video") Media video, @Valid @JsonProperty("document") Media document,
        @Valid @JsonProperty("audio") Media audio, @Valid @JsonProperty("sticker") Media sticker,
        @Valid @JsonProperty("location") MapLocation location, @Valid @JsonProperty("template") Template template,
        @Valid @JsonProperty("interactive") Interactive interactive) {
}
