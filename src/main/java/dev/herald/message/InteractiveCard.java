package dev.herald.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.CarouselCardRules;

/** One card of an interactive carousel: media header, body text and a cta_url or quick-reply action. */
@CarouselCardRules
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractiveCard(@Range(min = 0, max = 9) @JsonProperty("card_index") int cardIndex,
        @JsonProperty("type") String type, @Valid @JsonProperty("header") InteractiveHeader header,
        @Valid @JsonProperty("body") TextBlock body, @NotNull @Valid @JsonProperty("action") Action action) {
}
