package dev.herald.expr;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.compile.ErrorCode;
import dev.herald.definition.Location;

/**
 * A leaf that is exactly one property path, e.g. {@code {event.order.items.0.url}}: evaluated by walking the JSON
 * directly (the hot path), keeping the value's JSON type.
 */
public record PathExpr(String source, Location location, List<String> parts) implements Expr {

    public PathExpr {
        parts = List.copyOf(parts);
    }

    /** The path as written, without braces, e.g. {@code event.order.id}. */
    public String path() {
        return String.join(".", parts);
    }

    @Override
    public Object value(Scope scope) {
        Object current = walk(scope, parts);
        if (current == null) {
            throw new ResolveException(ErrorCode.MISSING_VALUE,
                    source + " has no value in this event (" + location.fileLine() + ")", location, source);
        }
        scope.record(source, location, current);
        return current;
    }

    /**
     * The value at {@code parts} (a root variable, then property names or list indexes), walked through the JSON; null
     * when a step has no value.
     */
    static Object walk(Scope scope, List<String> parts) {
        Object current = scope.variable(parts.get(0));
        for (int i = 1; i < parts.size() && current != null; i++) {
            current = current instanceof JsonNode node ? JsonValues.unwrap(JsonValues.child(node, parts.get(i))) : null;
        }
        return current;
    }

    @Override
    public String text(Scope scope) {
        Object value = value(scope);
        if (value instanceof JsonNode node) {
            throw new ResolveException(ErrorCode.EVALUATION_FAILED, source + " is "
                    + (node.isArray() ? "a list" : "an object") + ", not a single value (" + location.fileLine() + ")",
                    location, source);
        }
        return JsonValues.text(value);
    }
}
