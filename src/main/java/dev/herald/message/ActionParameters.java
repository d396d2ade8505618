package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parameters of a named interactive action: flow, cta_url or catalog_message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionParameters(@JsonProperty("flow_message_version") String flowMessageVersion,
        @JsonProperty("flow_token") String flowToken, @JsonProperty("flow_id") String flowId,
        @JsonProperty("flow_name") String flowName, @JsonProperty("flow_cta") String flowCta,
        @JsonProperty("flow_action") String flowAction,
        @JsonProperty("flow_action_payload") FlowActionPayload flowActionPayload,
        @JsonProperty("display_text") String displayText, @JsonProperty("url") String url,
        @JsonProperty("thumbnail_product_retailer_id") String thumbnailProductRetailerId) {
}
