package dev.herald.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** Conversions between event JSON and the plain values expressions produce. */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * The plain value of a JSON node: String, Number, Boolean; containers stay {@link JsonNode}; JSON null and missing
     * nodes are {@code null}.
     */
    static Object unwrap(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node;
    }

    /** The child of a container by name or array index, or {@code null}. */
    static JsonNode child(JsonNode container, String name) {
        if (container.isObject()) {
            return container.get(name);
        }
        if (container.isArray() && isIndex(name)) {
            return container.get(Integer.parseInt(name));
        }
        return null;
    }

    private static boolean isIndex(String name) {
        if (name.isEmpty() || name.length() > 9) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text form of a plain value; containers are not text. */
    static String text(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
