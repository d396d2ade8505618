package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A reply button of an interactive button message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyButton(@JsonProperty("type") String type, @JsonProperty("reply") Reply reply) {
}
