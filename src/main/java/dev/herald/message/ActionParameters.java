package dev.herald.message;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.HttpUrl;
import dev.herald.message.constraint.MaxCodePoints;
import dev.herald.message.constraint.OneOf;

/** The parameters of a named interactive action: flow, cta_url or catalog_message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionParameters(@OneOf("3") @JsonProperty("flow_message_version") String flowMessageVersion,
        @JsonProperty("flow_token") String flowToken, @JsonProperty("flow_id") String flowId,
        @JsonProperty("flow_name") String flowName, @MaxCodePoints(30) @JsonProperty("flow_cta") String flowCta,
        @OneOf("navigate|data_exchange") @JsonProperty("flow_action") String flowAction,
        @Valid @JsonProperty("flow_action_payload") FlowActionPayload flowActionPayload,
        @MaxCodePoints(20) @JsonProperty("display_text") String displayText, @HttpUrl @JsonProperty("url") String url,
        @JsonProperty("thumbnail_product_retailer_id") String thumbnailProductRetailerId) {
}
