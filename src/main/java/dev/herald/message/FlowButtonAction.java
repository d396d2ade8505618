package dev.herald.message;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The action parameter of a template flow button. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowButtonAction(@JsonProperty("flow_token") String flowToken,
        @JsonProperty("flow_action_data") Map<String, Object> flowActionData) {
}
