package dev.herald.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.InteractiveRules;

/**
 * An interactive message: {@code type} is button, list, product, product_list, flow, cta_url, catalog_message or
 * carousel.
 */
@InteractiveRules
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interactive(@NotBlank @JsonProperty("type") String type,
        @Valid @JsonProperty("header") InteractiveHeader header, @Valid @JsonProperty("body") TextBlock body,
        @Valid @JsonProperty("footer") TextBlock footer, @Valid @JsonProperty("action") Action action) {
}
