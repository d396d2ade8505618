package dev.herald.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.herald.compile.ErrorCode;
import dev.herald.resolve.ResolveProblem;

/** One entry of a 422 UNRESOLVABLE_EVENT's {@code errors}: a {@link ResolveProblem} and its notification. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
record ResolveError(String notification, ErrorCode code, String message, String definition, String expression,
        String field, String limit, Integer length) {

    static ResolveError of(String notification, ResolveProblem p) {
        return new ResolveError(notification, p.code(), p.message(), p.definition(), p.expression(), p.field(),
                p.limit(), p.length());
    }
}
