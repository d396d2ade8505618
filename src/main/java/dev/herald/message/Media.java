package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.herald.message.constraint.HttpUrl;
import dev.herald.message.constraint.MaxCodePoints;
import dev.herald.message.constraint.MediaSource;

/**
 * A media object (image, video, document, audio, sticker), in messages, interactive headers and template parameters.
 * Exactly one of {@code link} and {@code id}.
 */
@MediaSource
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "link", "id", "filename", "caption" })
public record Media(@HttpUrl @JsonProperty("link") String link, @JsonProperty("id") String id,
        @MaxCodePoints(1024) @JsonProperty("caption") String caption, @JsonProperty("filename") String filename) {
}
