package dev.herald.expr;

import dev.herald.definition.Location;

/**
 * A compiled string leaf of a definition: a literal, a single path such as {@code {event.customer.phone}}, or any other
 * Qute template. Parsed once at startup, evaluated per event.
 */
public sealed interface Expr permits Expr.Literal, PathExpr, QuteExpr {

    /** The text as written in the YAML. */
    String source();

    /** Where it was written. */
    Location location();

    /**
     * The value: for a single path, the JSON value as it is (String, Number, Boolean, or a container as JsonNode);
     * otherwise the rendered text. Never {@code null}: a missing value throws {@link ResolveException}.
     */
    Object value(Scope scope);

    /** The value as text. */
    String text(Scope scope);

    /** True when the value does not depend on the event. */
    default boolean isConstant() {
        return false;
    }

    /** A string without expressions. */
    record Literal(String source, Location location) implements Expr {
        @Override
        public Object value(Scope scope) {
            return source;
        }

        @Override
        public String text(Scope scope) {
            return source;
        }

        @Override
        public boolean isConstant() {
            return true;
        }
    }
}
