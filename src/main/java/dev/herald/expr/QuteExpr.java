package dev.herald.expr;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

import dev.herald.compile.ErrorCode;
import dev.herald.definition.Location;

/**
 * A leaf with text around its expressions, sections or includes, rendered by Qute. {@code fast} is the
 * {@link Interpolation} of a text whose only expressions are plain paths, or null.
 */
public record QuteExpr(String source, Location location, Template template, Interpolation fast) implements Expr {

    QuteExpr(String source, Location location, Template template) {
        this(source, location, template, Interpolation.of(source));
    }

    @Override
    public Object value(Scope scope) {
        return text(scope);
    }

    @Override
    public String text(Scope scope) {
        String rendered = fast == null ? null : fast.render(scope);
        if (rendered != null) {
            scope.record(source, location, rendered);
            return rendered;
        }
        try {
            rendered = template.data("event", scope.variable("event"), "trigger", scope.variable("trigger"), "lang",
                    scope.variable("lang"), "it", scope.variable("it")).render();
        } catch (TemplateException e) {
            throw failure(source, location, e);
        } catch (RuntimeException e) {
            throw failure(source, location, e);
        }
        scope.record(source, location, rendered);
        return rendered;
    }

    static ResolveException failure(String source, Location location, TemplateException e) {
        boolean missing = e.getCodeName().map(code -> code.contains("NOT_FOUND")).orElse(false);
        if (missing) {
            return new ResolveException(ErrorCode.MISSING_VALUE,
                    source + " has no value in this event (" + location.fileLine() + "): " + firstLine(e), location,
                    source);
        }
        return new ResolveException(ErrorCode.EVALUATION_FAILED,
                source + " could not be evaluated (" + location.fileLine() + "): " + firstLine(e), location, source);
    }

    /** Qute lets some evaluation errors escape as plain runtime exceptions, e.g. comparing "abc" with 0. */
    static ResolveException failure(String source, Location location, RuntimeException e) {
        return new ResolveException(ErrorCode.EVALUATION_FAILED, source + " could not be evaluated ("
                + location.fileLine() + "): " + e.getClass().getSimpleName() + ": " + e.getMessage(), location, source);
    }

    private static String firstLine(TemplateException e) {
        String message = String.valueOf(e.getMessage());
        int prefix = message.indexOf("]: ");
        if (prefix >= 0 && message.startsWith("Rendering error")) {
            message = message.substring(prefix + 3);
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
