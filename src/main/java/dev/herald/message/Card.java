package dev.herald.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One card of a template carousel, with its own components. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(@JsonProperty("card_index") int cardIndex, @JsonProperty("components") List<Component> components) {
}
