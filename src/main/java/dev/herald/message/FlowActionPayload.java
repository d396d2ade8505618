package dev.herald.message;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The first screen of a flow and the data it starts with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowActionPayload(@NotBlank @JsonProperty("screen") String screen,
        @JsonProperty("data") Map<String, Object> data) {
}
