package dev.herald.message;

import java.util.List;

import jakarta.validation.Valid;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One card of a template carousel, with its own components. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(@Range(min = 0, max = 9) @JsonProperty("card_index") int cardIndex,
        @JsonProperty("components") List<@Valid Component> components) {
}
