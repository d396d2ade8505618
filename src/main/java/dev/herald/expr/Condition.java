package dev.herald.expr;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

import dev.herald.definition.Location;

/** A compiled {@code when} condition: Qute {@code {#if}} syntax without braces. */
public record Condition(String source, Location location, Template template) {

    public boolean test(Scope scope) {
        try {
            return "1".equals(template.data("event", scope.variable("event"), "trigger", scope.variable("trigger"),
                    "lang", scope.variable("lang"), "it", scope.variable("it")).render());
        } catch (TemplateException e) {
            throw QuteExpr.failure("when: " + source, location, e);
        } catch (RuntimeException e) {
            throw QuteExpr.failure("when: " + source, location, e);
        }
    }
}
