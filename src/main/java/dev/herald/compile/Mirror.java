package dev.herald.compile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.herald.definition.Location;

/**
 * A mirror of an approved WhatsApp template ({@code templates/*.yaml}): per language, the header format, the texts with
 * their {@code {{n}}} placeholders and the buttons. Public because the resolver chooses languages and renders previews
 * with it.
 */
public record Mirror(String name, String category, Map<String, Variant> languages, Location location) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

    /** One approved language of the template. */
    public record Variant(String code, String headerFormat, String headerText, String body, String footer,
            List<Button> buttons, List<Card> cards, Location location) {

        int headerParameters() {
            return headerText == null ? 0 : placeholders(headerText);
        }

        int bodyParameters() {
            return placeholders(body);
        }
    }

    /** A button of the template. */
    public record Button(String type, String text, String url) {
        boolean takesParameter() {
            return switch (type) {
            case "url" -> url != null && url.contains("{{");
            case "copy_code", "flow" -> true;
            default -> false;
            };
        }
    }

    /** The shape every carousel card of the template has. */
    public record Card(String headerFormat, String body, List<Button> buttons) {
    }

    /** The highest {@code {{n}}} in a text, which is the number of parameters it takes. */
    static int placeholders(String text) {
        if (text == null) {
            return 0;
        }
        int max = 0;
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            max = Math.max(max, Integer.parseInt(matcher.group(1)));
        }
        return max;
    }

    /**
     * The text with {@code {{n}}} replaced by the n-th value (1-based); unknown placeholders stay. Scans for the
     * placeholders of {@link #PLACEHOLDER} by hand: this runs for every resolved template message.
     */
    public static String fill(String text, List<String> values) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int open = text.indexOf("{{");
        while (open >= 0) {
            int digits = open + 2;
            int end = digits;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end == digits || !text.startsWith("}}", end)) {
                open = text.indexOf("{{", open + 1);
                continue;
            }
            int n = Integer.parseInt(text, digits, end, 10);
            String value = n >= 1 && n <= values.size() ? values.get(n - 1) : text.substring(open, end + 2);
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            out.append(text, copied, open).append(Objects.requireNonNull(value, "placeholder value"));
            copied = end + 2;
            open = text.indexOf("{{", copied);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
