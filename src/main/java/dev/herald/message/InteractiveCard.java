package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One card of an interactive carousel: media header, body text and a cta_url or quick-reply action. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractiveCard(@JsonProperty("card_index") int cardIndex, @JsonProperty("type") String type,
        @JsonProperty("header") InteractiveHeader header, @JsonProperty("body") TextBlock body,
        @JsonProperty("action") Action action) {
}
