package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A reply button's id and title. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reply(@JsonProperty("id") String id, @JsonProperty("title") String title) {
}
