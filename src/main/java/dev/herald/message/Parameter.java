package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A template component parameter. {@code type} is one of text, currency, date_time, image, video, document, payload,
 * coupon_code, action, limited_time_offer; the matching field is set. A url button's parameter is {@code text}, or the
 * provider's {@code cta_link} form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(@JsonProperty("type") String type, @JsonProperty("text") String text,
        @JsonProperty("cta_link") String ctaLink, @JsonProperty("currency") Currency currency,
        @JsonProperty("date_time") DateTime dateTime, @JsonProperty("image") Media image,
        @JsonProperty("video") Media video, @JsonProperty("document") Media document,
        @JsonProperty("payload") String payload, @JsonProperty("coupon_code") String couponCode,
        @JsonProperty("action") FlowButtonAction action,
        @JsonProperty("limited_time_offer") LimitedTimeOffer limitedTimeOffer) {
}
