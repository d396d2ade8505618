package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Reply context: the id of the message being replied to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Context(@NotBlank @JsonProperty("message_id") String messageId) {
}
