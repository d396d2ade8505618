package dev.herald.compile;

import dev.herald.definition.Location;

/** One problem in the definitions, printed as {@code path:line:column: CODE: message}. */
public record Problem(Location location, ErrorCode code, String message) {

    @Override
    public String toString() {
        return location + ": " + code + ": " + message;
    }
}
