package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A media object (image, video, document, audio, sticker), in messages, interactive headers and template parameters.
 * Exactly one of {@code link} and {@code id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Media(@JsonProperty("link") String link, @JsonProperty("id") String id,
        @JsonProperty("caption") String caption, @JsonProperty("filename") String filename) {
}
