package dev.herald.sandbox;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The provider's message keys: {@code whatsapp-} and a random UUID. */
final class MessageKeys {

    static final String PREFIX = "whatsapp-";
    static final Pattern FORMAT = Pattern
            .compile("^whatsapp-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    private MessageKeys() {
    }

    /** A supplier of fresh random keys. */
    static Supplier<String> random() {
        return () -> PREFIX + UUID.randomUUID();
    }
}
