package dev.herald.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A section of a list (rows) or of a product_list (product items). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(@JsonProperty("title") String title, @JsonProperty("rows") List<Row> rows,
        @JsonProperty("product_items") List<ProductItem> productItems) {
}
