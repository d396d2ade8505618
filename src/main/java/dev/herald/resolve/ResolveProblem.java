package dev.herald.resolve;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.herald.compile.ErrorCode;

/**
 * Why an event could not be resolved: the code, a message, the definition's {@code file:line}, and where it applies the
 * expression, the wire field path, the limit and the value's length.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResolveProblem(ErrorCode code, String message, String definition, String expression, String field,
        String limit, Integer length) {
}
