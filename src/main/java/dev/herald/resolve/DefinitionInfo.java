package dev.herald.resolve;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One compiled notification as listed by {@code GET /definitions}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DefinitionInfo(String name, String trigger, String description, String kind, String template,
        List<String> languages, String source) {
}
