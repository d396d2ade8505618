package dev.herald.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language policy of contract section 2.1: {@code tr-TR}, {@code tr_TR} and {@code TR} all try {@code tr_TR} then
 * {@code tr}; then the fallbacks in order. Public for previews that explain the choice.
 */
public final class Languages {

    private Languages() {
    }

    /** The candidate codes for a written or resolved code, most specific first. */
    public static List<String> candidates(String code) {
        String trimmed = code.trim().replace('-', '_');
        String[] parts = trimmed.split("_");
        List<String> result = new ArrayList<>(2);
        if (parts.length >= 2 && !parts[0].isEmpty()) {
            String language = parts[0].toLowerCase(Locale.ROOT);
            result.add(language + "_" + parts[1].toUpperCase(Locale.ROOT));
            result.add(language);
        } else if (trimmed.length() == 2 && trimmed.equals(trimmed.toUpperCase(Locale.ROOT))
                && !trimmed.equals(trimmed.toLowerCase(Locale.ROOT))) {
            String language = trimmed.toLowerCase(Locale.ROOT);
            result.add(language + "_" + trimmed);
            result.add(language);
        } else {
            result.add(trimmed.toLowerCase(Locale.ROOT));
        }
        return result;
    }

    /** The canonical form of one code: {@code tr}, {@code pt_BR}. */
    public static String normalise(String code) {
        String trimmed = code.trim().replace('-', '_');
        int underscore = trimmed.indexOf('_');
        if (underscore > 0) {
            return trimmed.substring(0, underscore).toLowerCase(Locale.ROOT) + "_"
                    + trimmed.substring(underscore + 1).toUpperCase(Locale.ROOT);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
