package dev.herald.message;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.ComponentRules;
import dev.herald.message.constraint.OneOf;

/**
 * A template component: {@code header}, {@code body}, {@code button} (with {@code sub_type} and a string
 * {@code index}), {@code limited_time_offer}, or {@code carousel} (with {@code cards} instead of parameters).
 */
@ComponentRules
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Component(@NotBlank @JsonProperty("type") String type,
        @OneOf("url|quick_reply|copy_code|flow") @JsonProperty("sub_type") String subType,
        @Pattern(regexp = "\\d+", message = "must be a string of digits") @JsonProperty("index") String index,
        @JsonProperty("parameters") List<@Valid Parameter> parameters, @JsonProperty("cards") List<@Valid Card> cards) {
}
