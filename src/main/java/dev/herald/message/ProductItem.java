package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A product of a product_list section. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductItem(@NotBlank @JsonProperty("product_retailer_id") String productRetailerId) {
}
