package dev.herald.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Typed field access on raw JSON that records a problem, {@code path: what is wrong}, instead of throwing. A JSON
 * {@code null} counts as absent; unknown fields are never looked at. Lengths count Unicode code points.
 */
final class Check {

    static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    private final List<String> problems = new ArrayList<>();

    /** Every problem so far, in the order found. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    void fail(String path, String message) {
        problems.add(path + ": " + message);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The object at {@code parent.field}, or null when absent (a problem if required) or not an object. */
    ObjectNode object(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            if (required) {
                fail(at(path, field), "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            fail(at(path, field), "must be an object");
            return null;
        }
        return (ObjectNode) node;
    }

    /** The array at {@code parent.field}, or null when absent (a problem if required) or not an array. */
    ArrayNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            if (required) {
                fail(at(path, field), "is required");
            }
            return null;
        }
        if (!node.isArray()) {
            fail(at(path, field), "must be an array");
            return null;
        }
        return (ArrayNode) node;
    }

    /** The array at {@code parent.field}, checked to hold {@code min} to {@code max} items. */
    ArrayNode array(JsonNode parent, String field, String path, boolean required, int min, int max) {
        ArrayNode array = array(parent, field, path, required);
        if (array != null) {
            count(array.size(), min, max, at(path, field), "items");
        }
        return array;
    }

    /** Records a problem when {@code count} is outside {@code min..max}. */
    void count(int count, int min, int max, String path, String noun) {
        if (count < min || count > max) {
            String allowed = min == max ? String.valueOf(min) : min + "-" + max;
            fail(path, "has " + count + " " + noun + ", allowed " + allowed);
        }
    }

    /**
     * The string at {@code parent.field}, or null when absent (a problem if required) or not a string. A required
     * string must not be empty.
     */
    String string(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            if (required) {
                fail(at(path, field), "is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            fail(at(path, field), "must be a string");
            return null;
        }
        if (required && node.textValue().isEmpty()) {
            fail(at(path, field), "must not be empty");
        }
        return node.textValue();
    }

    /** As {@link #string(JsonNode, String, String, boolean)}, also checking the length. */
    String string(JsonNode parent, String field, String path, boolean required, int maxLength) {
        String value = string(parent, field, path, required);
        if (value != null) {
            maxLength(value, maxLength, at(path, field));
        }
        return value;
    }

    void maxLength(String value, int max, String path) {
        int length = length(value);
        if (length > max) {
            fail(path, "length " + length + " exceeds " + max);
        }
    }

    /** The string at {@code parent.field}, checked to be one of {@code allowed}. */
    String oneOf(JsonNode parent, String field, String path, boolean required, List<String> allowed) {
        String value = string(parent, field, path, required);
        if (value != null && !value.isEmpty() && !allowed.contains(value)) {
            fail(at(path, field), "\"" + value + "\" is not one of " + String.join("|", allowed));
        }
        return value;
    }

    /** The string at {@code parent.field}, checked to equal {@code expected}. */
    void equalTo(JsonNode parent, String field, String path, String expected) {
        String value = string(parent, field, path, true);
        if (value != null && !value.isEmpty() && !value.equals(expected)) {
            fail(at(path, field), "must be \"" + expected + "\", was \"" + value + "\"");
        }
    }

    void bool(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (!absent(node) && !node.isBoolean()) {
            fail(at(path, field), "must be a boolean");
        }
    }

    /** The integer at {@code parent.field} (a JSON integer, not a string), or null. */
    Long integer(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            if (required) {
                fail(at(path, field), "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            fail(at(path, field), "must be an integer");
            return null;
        }
        return node.longValue();
    }

    void phone(JsonNode parent, String field, String path, boolean required) {
        String value = string(parent, field, path, required);
        if (value != null && !value.isEmpty() && !E164.matcher(value).matches()) {
            fail(at(path, field), "\"" + value + "\" is not an E.164 phone number (+ and 7-15 digits)");
        }
    }

    void httpUrl(JsonNode parent, String field, String path, boolean required) {
        String value = string(parent, field, path, required);
        if (value != null && !value.isEmpty() && !isHttpUrl(value)) {
            fail(at(path, field), "must be an http or https URL");
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
