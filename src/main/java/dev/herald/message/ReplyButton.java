package dev.herald.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.OneOf;

/** A reply button of an interactive button message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyButton(@NotBlank @OneOf("reply") @JsonProperty("type") String type,
        @NotNull @Valid @JsonProperty("reply") Reply reply) {
}
