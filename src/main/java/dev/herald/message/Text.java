package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A text message body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Text(@JsonProperty("body") String body, @JsonProperty("preview_url") Boolean previewUrl) {
}
