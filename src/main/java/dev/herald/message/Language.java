package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A template's language: code and optional policy ({@code deterministic} or {@code fallback}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Language(@JsonProperty("code") String code, @JsonProperty("policy") String policy) {
}
