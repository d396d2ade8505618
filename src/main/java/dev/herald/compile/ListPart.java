package dev.herald.compile;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.expr.PathExpr;
import dev.herald.expr.ResolveException;
import dev.herald.expr.Scope;

/**
 * A list written element by element, or generated with {@code for_each} from an event array (cut to {@code max}, noted
 * in the preview).
 */
record ListPart<T>(List<ItemPart<T>> written, PathExpr forEach, ItemPart<T> each, int max, String what)
        implements Part<List<T>> {

    static <T> ListPart<T> written(List<ItemPart<T>> items) {
        return new ListPart<>(List.copyOf(items), null, null, Integer.MAX_VALUE, null);
    }

    static <T> ListPart<T> generated(PathExpr forEach, ItemPart<T> each, int max, String what) {
        return new ListPart<>(List.of(), forEach, each, max, what);
    }

    @Override
    public List<T> resolve(Scope scope) {
        if (forEach == null) {
            List<T> result = new ArrayList<>(written.size());
            for (int i = 0; i < written.size(); i++) {
                result.add(written.get(i).resolve(scope, i));
            }
            return result;
        }
        Object value = forEach.value(scope);
        if (!(value instanceof JsonNode array) || !array.isArray()) {
            throw new ResolveException(
                    dev.herald.compile.ErrorCode.NOT_A_LIST, "for_each " + forEach.path() + " is " + describe(value)
                            + ", not a list (" + forEach.location().fileLine() + ")",
                    forEach.location(), forEach.path());
        }
        int count = Math.min(array.size(), max);
        if (array.size() > max) {
            scope.note(
                    what + ": " + forEach.path() + " has " + array.size() + " elements, cut to the maximum of " + max);
        }
        List<T> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(each.resolve(scope.withIt(Scope.plain(array.get(i))), i));
        }
        return result;
    }

    private static String describe(Object value) {
        return value instanceof JsonNode ? "an object"
                : value instanceof String ? "a string" : "a " + value.getClass().getSimpleName().toLowerCase();
    }
}
