package dev.herald.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A location message; latitude and longitude travel as strings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapLocation(@JsonProperty("latitude") String latitude, @JsonProperty("longitude") String longitude,
        @JsonProperty("name") String name, @JsonProperty("address") String address) {
}
