package dev.herald.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A template message: an approved template by name and language, with its component parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Template(@JsonProperty("name") String name, @JsonProperty("language") Language language,
        @JsonProperty("components") List<Component> components) {
}
