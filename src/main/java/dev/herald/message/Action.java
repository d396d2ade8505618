package dev.herald.message;

import java.util.List;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.herald.message.constraint.MaxCodePoints;

/**
 * An interactive action. Which fields are set depends on the interactive type: {@code buttons} (button), {@code button}
 * + {@code sections} (list), {@code catalog_id} + {@code product_retailer_id} (product), {@code catalog_id} +
 * {@code sections} (product_list), {@code name} + {@code parameters} (flow, cta_url, catalog_message), {@code cards}
 * (carousel).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "button", "buttons", "catalog_id", "product_retailer_id", "sections", "name", "parameters",
        "cards" })
public record Action(@MaxCodePoints(20) @JsonProperty("button") String button,
        @JsonProperty("buttons") List<@Valid ReplyButton> buttons,
        @JsonProperty("sections") List<@Valid Section> sections, @JsonProperty("catalog_id") String catalogId,
        @JsonProperty("product_retailer_id") String productRetailerId, @JsonProperty("name") String name,
        @Valid @JsonProperty("parameters") ActionParameters parameters,
        @JsonProperty("cards") List<@Valid InteractiveCard> cards) {
}
