package dev.herald.bench;

import com.github.jknack.handlebars.EscapingStrategy;

/** Escapes a value for the inside of a JSON string literal (RFC 8259: quote, backslash, control characters). */
final class JsonEscaping implements EscapingStrategy {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public CharSequence escape(CharSequence value) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        int i = 0;
        while (i < length && !needsEscape(value.charAt(i))) {
            i++;
        }
        if (i == length) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(length + 16).append(value, 0, i);
        for (; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
            case '"' -> escaped.append("\\\"");
            case '\\' -> escaped.append("\\\\");
            case '\n' -> escaped.append("\\n");
            case '\r' -> escaped.append("\\r");
            case '\t' -> escaped.append("\\t");
            case '\b' -> escaped.append("\\b");
            case '\f' -> escaped.append("\\f");
            default -> {
                if (c < 0x20) {
                    escaped.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else {
                    escaped.append(c);
                }
            }
            }
        }
        return escaped;
    }

    private static boolean needsEscape(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }
}
