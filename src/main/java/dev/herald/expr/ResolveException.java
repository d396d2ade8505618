package dev.herald.expr;

import dev.herald.compile.ErrorCode;
import dev.herald.definition.Location;

/**
 * An event could not be resolved for one notification: a missing value, a value of the wrong type, a limit. Carries the
 * definition's location so the caller can fix data or definition. Public because the resolver and the API map it.
 */
public final class ResolveException extends RuntimeException {

    private final ErrorCode code;
    private final Location location;
    private final String expression;

    public ResolveException(ErrorCode code, String message, Location location, String expression) {
        super(message, null, false, false);
        this.code = code;
        this.location = location;
        this.expression = expression;
    }

    public ErrorCode code() {
        return code;
    }

    public Location location() {
        return location;
    }

    /** The expression involved, or {@code null}. */
    public String expression() {
        return expression;
    }
}
