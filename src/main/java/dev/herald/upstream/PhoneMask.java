package dev.herald.upstream;

/**
 * Masks phone numbers for logs: {@code +905551234543} becomes {@code +90555*****43} (first 6 and last 2 characters
 * kept). Public because every layer that logs a recipient uses it.
 */
public final class PhoneMask {

    private static final int HEAD = 6;
    private static final int TAIL = 2;

    private PhoneMask() {
    }

    /** The masked form; short values are masked entirely, {@code null} stays {@code null}. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        int length = phone.length();
        if (length <= HEAD + TAIL) {
            return "*".repeat(length);
        }
        return phone.substring(0, HEAD) + "*".repeat(length - HEAD - TAIL) + phone.substring(length - TAIL);
    }
}
