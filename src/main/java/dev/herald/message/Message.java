package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One WhatsApp message object (Meta Cloud API shape) as sent inside the provider's envelope. Exactly one of the kind
 * fields is set, matching {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(@JsonProperty("type") String type, @JsonProperty("context") Context context,
        @JsonProperty("text") Text text, @JsonProperty("image") Media image, @JsonProperty("video") Media video,
        @JsonProperty("document") Media document, @JsonProperty("audio") Media audio,
        @JsonProperty("sticker") Media sticker, @JsonProperty("location") MapLocation location,
        @JsonProperty("template") Template template, @JsonProperty("interactive") Interactive interactive) {
}
