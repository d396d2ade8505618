package dev.herald.sandbox;

/**
 * Told about every message item the emulator accepts, after the answer is decided, in request order. This is where
 * status callbacks (sent, delivered, read, failed) hook in. Public because listeners are plugged in from outside the
 * core. Implementations must be quick and must not throw; a thrown exception is logged and ignored.
 */
@FunctionalInterface
public interface SendListener {

    /** Called once per accepted message item. */
    void accepted(AcceptedMessage message);

    /** A listener that does nothing. */
    static SendListener none() {
        return message -> {
        };
    }
}
