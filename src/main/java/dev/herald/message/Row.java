package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A row of an interactive list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Row(@JsonProperty("id") String id, @JsonProperty("title") String title,
        @JsonProperty("description") String description) {
}
