package dev.herald.message;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A template message: an approved template by name and language, with its component parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Template(@NotBlank @JsonProperty("name") String name,
        @NotNull @Valid @JsonProperty("language") Language language,
        @JsonProperty("components") List<@Valid Component> components) {
}
