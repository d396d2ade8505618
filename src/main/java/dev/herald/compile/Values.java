package dev.herald.compile;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.herald.expr.Expr;
import dev.herald.expr.ResolveException;
import dev.herald.expr.Scope;

/** Typed conversions of expression values, with errors that name the field, expression and definition. */
final class Values {

    private Values() {
    }

    static long integer(Expr expr, Scope scope, String field) {
        Object value = expr.value(scope);
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw notANumber(expr, field, decimal.toPlainString());
            }
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        String text = String.valueOf(value).trim();
        if (text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        throw notANumber(expr, field, text);
    }

    static Boolean bool(Expr expr, Scope scope, String field) {
        Object value = expr.value(scope);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim();
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        throw new ResolveException(ErrorCode.NOT_A_NUMBER, field + ": " + expr.source() + " resolved to \"" + text
                + "\", not true or false (" + expr.location().fileLine() + ")", expr.location(), expr.source());
    }

    private static ResolveException notANumber(Expr expr, String field, String text) {
        return new ResolveException(ErrorCode.NOT_A_NUMBER, field + ": " + expr.source() + " resolved to \"" + text
                + "\", not an integer (" + expr.location().fileLine() + ")", expr.location(), expr.source());
    }
}
