package dev.herald.status;

import java.util.Locale;

/**
 * What the provider said about one message, ranked by how far it got: a status never moves backwards. {@code failed}
 * outranks {@code sent} (the message will not arrive) but not {@code delivered} or {@code read} (one device got it).
 * Public because the REST layer names statuses.
 */
public enum Status {
    /** The provider accepted the send (accepted callback). */
    ACCEPTED(0),
    /** Sent to WhatsApp. */
    SENT(1),
    /** Failed; the Meta code and retry class are kept in the history. */
    FAILED(2),
    /** Delivered to a device. */
    DELIVERED(3),
    /** Read by the recipient. */
    READ(4);

    private final int rank;

    Status(int rank) {
        this.rank = rank;
    }

    int rank() {
        return rank;
    }

    /** The lower-case wire name. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a wire name, or null when it is not one. */
    static Status ofWire(String name) {
        if (name == null) {
            return null;
        }
        for (Status s : values()) {
            if (s.wire().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
