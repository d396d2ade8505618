package dev.herald.status;

import java.util.Map;

/**
 * The retry class of a Meta error code that arrives in a failed callback (whatsapp-reference section 5). Public because
 * it is part of the message history's vocabulary.
 */
public final class RetryClass {

    private static final Map<Integer, String> CLASSES = Map.ofEntries(Map.entry(130429, "yes: back off"),
            Map.entry(131056, "later: per recipient (about 1 message per 6 s)"),
            Map.entry(131047, "no: send a template (24 h window closed)"), Map.entry(131026, "no: undeliverable"),
            Map.entry(131048, "no: spam rate limit"), Map.entry(131049, "later: withheld for ecosystem engagement"),
            Map.entry(131051, "no: unsupported message type"), Map.entry(131052, "no: media download failed"),
            Map.entry(131053, "no: media upload failed"),
            Map.entry(132000, "no: definition bug (template parameter count)"),
            Map.entry(132001, "no: definition bug (template missing in that language)"),
            Map.entry(132005, "no: definition bug (hydrated text too long)"),
            Map.entry(132012, "no: definition bug (parameter format)"),
            Map.entry(132018, "no: definition bug (parameter text)"));

    private RetryClass() {
    }

    /** The retry class of {@code code}, e.g. {@code "no: send a template (24 h window closed)"} for 131047. */
    public static String of(Integer code) {
        if (code == null) {
            return "unknown";
        }
        return CLASSES.getOrDefault(code, "unknown code: see Meta's error reference");
    }
}
