package dev.herald.compile;

import dev.herald.expr.Scope;

/**
 * A compiled piece of a definition that produces one value of the message per event. Public because the resolver
 * evaluates the compiled model.
 */
@FunctionalInterface
public interface Part<T> {

    T resolve(Scope scope);

    /** A part that is always absent (an optional key not written). */
    static <T> Part<T> absent() {
        return scope -> null;
    }
}
