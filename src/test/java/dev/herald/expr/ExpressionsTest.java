package dev.herald.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.herald.definition.Location;

/** The plain-path shortcut of {@link Expressions#compile} gives exactly what compiling with Qute gives. */
class ExpressionsTest {

    final Expressions expressions = new Expressions(Path.of("templates"));
    final Location at = new Location("rules/x.yaml", 3, 7);

    @Test
    void plainPathsCompileToTheSamePathExprAsWithQute() throws InvalidExpressionException {
        for (String source : List.of("{event}", "{event.customer.phone}", "{event.order.items.0.image_url}",
                "{event.a_b.C9}", "{trigger}", "{lang}", "{it.slug}", "{it.0}", "{event.order.10.x}")) {
            Set<String> variables = Expressions.ITEM_VARIABLES;
            Expr fast = expressions.compile(source, at, variables);
            Expr qute = expressions.compileWithQute(source, at, variables);
            assertInstanceOf(PathExpr.class, qute, source);
            assertEquals(qute, fast, source);
        }
    }

    @Test
    void unknownRootsFailAlikeWithAndWithoutQute() {
        for (String source : List.of("{it.slug}", "{evnt.customer}")) {
            String fast = message(() -> expressions.compile(source, at, Expressions.ROOT_VARIABLES));
            String qute = message(() -> expressions.compileWithQute(source, at, Expressions.ROOT_VARIABLES));
            assertEquals(qute, fast, source);
        }
    }

    @Test
    void everythingElseStillGoesThroughQute() throws InvalidExpressionException {
        for (String source : List.of("Ref {event.order.id}", "{event.nick ?: 'friend'}", " {event.order.id}",
                "{event.order.id.toUpperCase()}", "{event.a}{event.b}")) {
            assertEquals(expressions.compileWithQute(source, at, Expressions.ROOT_VARIABLES).getClass(),
                    expressions.compile(source, at, Expressions.ROOT_VARIABLES).getClass(), source);
        }
    }

    private interface Compilation {
        Expr run() throws InvalidExpressionException;
    }

    private static String message(Compilation compilation) {
        try {
            return "compiled: " + compilation.run();
        } catch (InvalidExpressionException e) {
            return e.code() + ": " + e.getMessage();
        }
    }
}
