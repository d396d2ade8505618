package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.OneOf;

/** A template's language: code and optional policy ({@code deterministic} or {@code fallback}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Language(@NotBlank @JsonProperty("code") String code,
        @OneOf("deterministic|fallback") @JsonProperty("policy") String policy) {
}
