package dev.herald.expr;

import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Results;
import io.quarkus.qute.ValueResolver;

/**
 * Lets Qute expressions walk event JSON: {@code event.order.items.0.url}, plus {@code size} of arrays. No reflection.
 */
final class JsonValueResolver implements ValueResolver {

    @Override
    public boolean appliesTo(EvalContext context) {
        return context.getBase() instanceof JsonNode;
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        JsonNode base = (JsonNode) context.getBase();
        String name = context.getName();
        JsonNode child = JsonValues.child(base, name);
        if (child == null || child.isNull()) {
            if (base.isArray() && ("size".equals(name) || "length".equals(name))) {
                return CompletedStage.of(base.size());
            }
            return Results.notFound(context);
        }
        return CompletedStage.of(JsonValues.unwrap(child));
    }
}
