package dev.herald.message;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.constraint.Coordinate;

/** A location message; latitude and longitude travel as strings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapLocation(@NotBlank @Coordinate(max = 90) @JsonProperty("latitude") String latitude,
        @NotBlank @Coordinate(max = 180) @JsonProperty("longitude") String longitude, @JsonProperty("name") String name,
        @JsonProperty("address") String address) {
}
