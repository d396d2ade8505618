package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An interactive header: type text, image, video or document, with the matching field set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractiveHeader(@JsonProperty("type") String type, @JsonProperty("text") String text,
        @JsonProperty("image") Media image, @JsonProperty("video") Media video,
        @JsonProperty("document") Media document) {
}
