package dev.herald.compile;

import java.util.Map;

import dev.herald.definition.Location;
import dev.herald.expr.Condition;
import dev.herald.expr.Expr;
import dev.herald.message.Context;
import dev.herald.message.Message;

/**
 * One compiled notification: immutable, all expressions parsed. For template messages, {@code template} is set and
 * {@code message} builds the rest around the components once a language is chosen. Public for the resolver.
 */
public record Notification(String name, String trigger, String description, Location location, Condition when, Expr to,
        Part<String> userId, Part<String> from, Expr oncePer, Part<String> replyType,
        Part<Map<String, String>> uniqueArgs, String kind, CompiledTemplate template, Part<Message> message,
        Part<Context> context) {
}
