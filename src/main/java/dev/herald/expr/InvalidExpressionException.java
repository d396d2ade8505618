package dev.herald.expr;

import dev.herald.compile.ErrorCode;

/** An expression that cannot be compiled; the compiler turns it into a problem at the leaf's location. */
public final class InvalidExpressionException extends Exception {

    private final ErrorCode code;

    InvalidExpressionException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
