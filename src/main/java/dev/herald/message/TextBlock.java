package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code {"text": ...}} object of an interactive body or footer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextBlock(@JsonProperty("text") String text) {
}
