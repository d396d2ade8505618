package dev.herald.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A template component: {@code header}, {@code body}, {@code button} (with {@code sub_type} and a string
 * {@code index}), {@code limited_time_offer}, or {@code carousel} (with {@code cards} instead of parameters).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Component(@JsonProperty("type") String type, @JsonProperty("sub_type") String subType,
        @JsonProperty("index") String index, @JsonProperty("parameters") List<Parameter> parameters,
        @JsonProperty("cards") List<Card> cards) {
}
