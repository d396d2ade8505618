package dev.herald.status;

/** A callback body that is not one of the known shapes. Public because the REST layer maps it to 400. */
public final class MalformedCallbackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedCallbackException(String message) {
        super(message);
    }
}
