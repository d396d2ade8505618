package dev.herald.compile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.herald.definition.YamlNode;
import dev.herald.expr.Condition;
import dev.herald.expr.Expr;
import dev.herald.expr.Expressions;
import dev.herald.expr.InvalidExpressionException;
import dev.herald.message.Context;
import dev.herald.message.Interactive;
import dev.herald.message.MapLocation;
import dev.herald.message.Media;
import dev.herald.message.Message;
import dev.herald.message.Text;

/** Binds one entry of {@code notifications:} (contract section 2). */
final class NotificationBinder {

    static final List<String> KINDS = List.of("template", "text", "image", "video", "document", "audio", "location",
            "sticker", "interactive");
    private static final String[] KEYS = { "name", "trigger", "description", "when", "to", "user_id", "from",
            "once_per", "reply_type", "unique_args", "context", "template", "text", "image", "video", "document",
            "audio", "location", "sticker", "interactive" };
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TRIGGER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Binder binder;
    private final Expressions expressions;
    private final Map<String, Mirror> mirrors;

    NotificationBinder(Binder binder, Expressions expressions, Map<String, Mirror> mirrors) {
        this.binder = binder;
        this.expressions = expressions;
        this.mirrors = mirrors;
    }

    Notification bind(YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "notification", KEYS);
        if (map == null) {
            return null;
        }
        String name = name(map);
        String owner = name == null ? "notification" : "notification \"" + name + "\"";
        String trigger = trigger(map, owner);
        String description = map.get("description") == null ? null
                : binder.scalar(map.get("description"), "description");
        Condition when = condition(map);
        YamlNode toNode = binder.require(map, "to", owner);
        Expr to = toNode == null ? null : binder.expr(toNode, "to", 0);
        Part<String> userId = binder.string(map, "user_id", 0);
        Part<String> from = binder.string(map, "from", 0);
        Expr oncePer = map.get("once_per") == null ? null : binder.expr(map.get("once_per"), "once_per", 0);
        Part<String> replyType = binder.choice(map, "reply_type", Set.of("first", "second", "third", "other"));
        Part<Map<String, String>> uniqueArgs = map.get("unique_args") == null ? scope -> Map.of()
                : binder.stringMap(map.get("unique_args"), "unique_args");
        Part<Context> context = context(map);

        List<String> kinds = KINDS.stream().filter(kind -> map.get(kind) != null).toList();
        if (kinds.size() != 1) {
            binder.problem(map.location(), ErrorCode.MESSAGE_KIND,
                    kinds.isEmpty() ? owner + " has no message; write one of " + String.join(", ", KINDS)
                            : owner + " has " + String.join(" and ", kinds) + "; write exactly one message kind");
            return null;
        }
        String kind = kinds.get(0);
        YamlNode body = map.get(kind);
        CompiledTemplate template = null;
        Part<Message> message = null;
        if ("template".equals(kind)) {
            template = new TemplateBinder(binder, mirrors).bind(body);
        } else {
            message = message(kind, body, context);
        }
        if (name == null || trigger == null || to == null) {
            return null;
        }
        return new Notification(name, trigger, description, map.location(), when, to, userId, from, oncePer, replyType,
                uniqueArgs, kind, template, message, context);
    }

    private String name(YamlNode.Mapping map) {
        YamlNode node = binder.require(map, "name", "notification");
        String name = node == null ? null : binder.scalar(node, "name");
        if (name != null && !KEBAB.matcher(name).matches()) {
            String suggestion = name.trim().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            binder.problem(node.location(), ErrorCode.INVALID_NAME,
                    "name \"" + name + "\" must be kebab-case, e.g. \"" + suggestion + "\"");
        }
        return name;
    }

    private String trigger(YamlNode.Mapping map, String owner) {
        YamlNode node = binder.require(map, "trigger", owner);
        String trigger = node == null ? null : binder.scalar(node, "trigger");
        if (trigger != null && !TRIGGER.matcher(trigger).matches()) {
            binder.problem(node.location(), ErrorCode.INVALID_NAME,
                    "trigger \"" + trigger + "\" may hold letters, digits, '.', '_' and '-' only, e.g. order.shipped");
            return null;
        }
        return trigger;
    }

    private Condition condition(YamlNode.Mapping map) {
        YamlNode node = map.get("when");
        if (node == null) {
            return null;
        }
        String text = binder.scalar(node, "when");
        if (text == null) {
            return null;
        }
        try {
            return expressions.condition(text, node.location(), Expressions.ROOT_VARIABLES);
        } catch (InvalidExpressionException e) {
            binder.problem(node.location(), e.code(), e.getMessage());
            return null;
        }
    }

    private Part<Context> context(YamlNode.Mapping map) {
        YamlNode node = map.get("context");
        if (node == null) {
            return Part.absent();
        }
        YamlNode.Mapping context = binder.fields(node, "context", "message_id");
        if (context == null) {
            return Part.absent();
        }
        Part<String> messageId = binder.requiredString(context, "message_id", "context", 0);
        return Binder.at(context.location(), scope -> new Context(messageId.resolve(scope)));
    }

    private Part<Message> message(String kind, YamlNode body, Part<Context> context) {
        switch (kind) {
        case "text" -> {
            Part<Text> text = SimpleMessageBinder.text(binder, body);
            return scope -> new Message(kind, context.resolve(scope), text.resolve(scope), null, null, null, null, null,
                    null, null, null);
        }
        case "location" -> {
            Part<MapLocation> location = SimpleMessageBinder.location(binder, body);
            return scope -> new Message(kind, context.resolve(scope), null, null, null, null, null, null,
                    location.resolve(scope), null, null);
        }
        case "interactive" -> {
            Part<Interactive> interactive = InteractiveBinder.bind(binder, body);
            return scope -> new Message(kind, context.resolve(scope), null, null, null, null, null, null, null, null,
                    interactive.resolve(scope));
        }
        default -> {
            Part<Media> media = SimpleMessageBinder.media(binder, body, kind);
            return scope -> {
                Media value = media.resolve(scope);
                return new Message(kind, context.resolve(scope), null, "image".equals(kind) ? value : null,
                        "video".equals(kind) ? value : null, "document".equals(kind) ? value : null,
                        "audio".equals(kind) ? value : null, "sticker".equals(kind) ? value : null, null, null, null);
            };
        }
        }
    }
}
