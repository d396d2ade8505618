package dev.herald.authoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an expected JSON value with the actual one and lists every difference as one readable line,
 * {@code message.template.language.code: expected "tr", got "en"}. Subset: every key written in the expected object
 * must be present with an equal value, recursively; lists must have the same length and match element by element.
 * Exact: additionally, no key may be present that the expected object does not name. Numbers compare by value.
 */
final class JsonDiff {

    static final int SHOWN = 100;

    private final boolean exact;
    private final List<String> lines = new ArrayList<>();

    private JsonDiff(boolean exact) {
        this.exact = exact;
    }

    /** The differences under {@code root} (e.g. "message"); empty when actual matches. */
    static List<String> compare(String root, JsonNode expected, JsonNode actual, boolean exact) {
        JsonDiff diff = new JsonDiff(exact);
        diff.walk(root, expected, actual);
        return List.copyOf(diff.lines);
    }

    private void walk(String path, JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            lines.add(path + ": expected " + show(expected) + ", got nothing");
        } else if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext();) {
                String name = names.next();
                walk(path + "." + name, expected.get(name), actual.get(name));
            }
            if (exact) {
                for (Iterator<String> names = actual.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (!expected.has(name)) {
                        lines.add(path + "." + name + ": expected nothing, got " + show(actual.get(name)));
                    }
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                lines.add(path + ": expected " + count(expected.size()) + ", got " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                walk(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (!same(expected, actual)) {
            lines.add(path + ": expected " + show(expected) + ", got " + show(actual));
        }
    }

    private static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String count(int size) {
        return size == 1 ? "1 element" : size + " elements";
    }

    /** Compact JSON, cut to {@value #SHOWN} characters. */
    static String show(JsonNode value) {
        String text = value.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }
}
