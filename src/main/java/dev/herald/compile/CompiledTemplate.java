package dev.herald.compile;

import java.util.List;

import dev.herald.definition.Location;
import dev.herald.expr.Expr;
import dev.herald.message.Component;

/**
 * A template message as compiled: its name, the language policy inputs, the mirror when one exists, and the parts that
 * build the components once the language is chosen. Public because the resolver applies the language policy.
 */
public record CompiledTemplate(Part<String> name, String literalName, Expr languageCode, List<String> fallback,
        Part<String> policy, Mirror mirror, Part<List<Component>> components, Location location) {
}
