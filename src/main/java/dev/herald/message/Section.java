package dev.herald.message;

import java.util.List;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.MaxCodePoints;

/** A section of a list (rows) or of a product_list (product items). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(@MaxCodePoints(24) @JsonProperty("title") String title,
        @JsonProperty("rows") List<@Valid Row> rows,
        @JsonProperty("product_items") List<@Valid ProductItem> productItems) {
}
