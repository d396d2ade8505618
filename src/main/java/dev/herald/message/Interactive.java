package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An interactive message: {@code type} is button, list, product, product_list, flow, cta_url, catalog_message or
 * carousel.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interactive(@JsonProperty("type") String type, @JsonProperty("header") InteractiveHeader header,
        @JsonProperty("body") TextBlock body, @JsonProperty("footer") TextBlock footer,
        @JsonProperty("action") Action action) {
}
