package dev.herald.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.ParameterRules;

/**
 * A template component parameter. {@code type} is one of text, currency, date_time, image, video, document, payload,
 * coupon_code, action, limited_time_offer; the matching field is set. A url button's parameter is {@code text}, or the
 * provider's {@code cta_link} form.
 */
@ParameterRules
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(@NotBlank @JsonProperty("type") String type, @JsonProperty("text") String text,
        @JsonProperty("cta_link") String ctaLink, @Valid @JsonProperty("currency") Currency currency,
        @Valid @JsonProperty("date_time") DateTime dateTime, @Valid @JsonProperty("image") Media image,
        @Valid @JsonProperty("video") Media video, @Valid @JsonProperty("document") Media document,
        @JsonProperty("payload") String payload, @JsonProperty("coupon_code") String couponCode,
        @Valid @JsonProperty("action") FlowButtonAction action,
        @Valid @JsonProperty("limited_time_offer") LimitedTimeOffer limitedTimeOffer) {
}
