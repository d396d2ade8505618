package dev.herald.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.herald.definition.Location;
import dev.herald.definition.Suggestions;
import dev.herald.definition.YamlNode;
import dev.herald.expr.Expr;
import dev.herald.expr.Expressions;
import dev.herald.expr.InvalidExpressionException;
import dev.herald.expr.PathExpr;

/**
 * Binds YAML nodes to compiled parts: strict keys with "did you mean", typed leaves, expressions compiled once, and
 * static limits checked on literal values. Every problem goes to {@link Problems}; binding goes on so that all problems
 * of all files are reported together.
 */
final class Binder {

    private final Problems problems;
    private final Expressions expressions;
    private final Set<String> variables;

    Binder(Problems problems, Expressions expressions) {
        this(problems, expressions, Expressions.ROOT_VARIABLES);
    }

    private Binder(Problems problems, Expressions expressions, Set<String> variables) {
        this.problems = problems;
        this.expressions = expressions;
        this.variables = variables;
    }

    /** A binder for the item of a {@code for_each}, where {@code it} is defined. */
    Binder forItem() {
        return new Binder(problems, expressions, Expressions.ITEM_VARIABLES);
    }

    Problems problems() {
        return problems;
    }

    void problem(Location location, ErrorCode code, String message) {
        problems.add(location, code, message);
    }

    /** The node as a map whose keys are all among {@code allowed}; unknown keys are reported. Null when not a map. */
    YamlNode.Mapping fields(YamlNode node, String what, String... allowed) {
        YamlNode.Mapping map = map(node, what);
        if (map != null) {
            Set<String> known = new LinkedHashSet<>(Arrays.asList(allowed));
            for (YamlNode.Entry entry : map.entries().values()) {
                if (!known.contains(entry.key())) {
                    problem(entry.keyLocation(), ErrorCode.UNKNOWN_KEY, "unknown key \"" + entry.key() + "\" in " + what
                            + Suggestions.didYouMean(entry.key(), known) + "; allowed: " + String.join(", ", known));
                }
            }
        }
        return map;
    }

    YamlNode.Mapping map(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping map) {
            return map;
        }
        wrongType(node, what, "a map");
        return null;
    }

    List<YamlNode> list(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        wrongType(node, what, "a list");
        return List.of();
    }

    void wrongType(YamlNode node, String what, String expected) {
        problem(node.location(), ErrorCode.WRONG_TYPE, what + " must be " + expected + ", not " + node.describe());
    }

    /** The value of a required key, or null after reporting it missing. */
    YamlNode require(YamlNode.Mapping map, String key, String owner) {
        YamlNode value = map.get(key);
        if (value == null) {
            problem(map.location(), ErrorCode.MISSING_KEY, owner + " has no \"" + key + "\"");
        }
        return value;
    }

    /** A scalar's text, or null after reporting a wrong type. */
    String scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.NULL) {
            return scalar.value();
        }
        wrongType(node, what, "a string");
        return null;
    }

    /** A string leaf: literal or expression, at most {@code maxLength} code points when literal (0: no limit). */
    Part<String> string(YamlNode node, String what, int maxLength) {
        Expr expr = expr(node, what, maxLength);
        return expr == null ? Part.absent() : expr::text;
    }

    /** An optional string leaf of a map. */
    Part<String> string(YamlNode.Mapping map, String key, int maxLength) {
        YamlNode node = map.get(key);
        return node == null ? Part.absent() : string(node, key, maxLength);
    }

    /** A required string leaf of a map. */
    Part<String> requiredString(YamlNode.Mapping map, String key, String owner, int maxLength) {
        YamlNode node = require(map, key, owner);
        return node == null ? Part.absent() : string(node, key, maxLength);
    }

    /** A string leaf that must be one of {@code allowed} when literal. */
    Part<String> choice(YamlNode.Mapping map, String key, Set<String> allowed) {
        YamlNode node = map.get(key);
        if (node == null) {
            return Part.absent();
        }
        Expr expr = expr(node, key, 0);
        if (expr == null) {
            return Part.absent();
        }
        if (expr.isConstant() && !allowed.contains(expr.source())) {
            problem(node.location(), ErrorCode.INVALID_VALUE, key + " \"" + expr.source() + "\" is not one of "
                    + String.join(", ", allowed) + Suggestions.didYouMean(expr.source(), allowed));
        }
        return expr::text;
    }

    /**
     * A literal that must be one of {@code allowed} (listed in that order in the message, with "did you mean"), or null
     * after reporting it.
     */
    String literalChoice(YamlNode node, String what, java.util.Collection<String> allowed) {
        String value = scalar(node, what);
        if (value != null && !allowed.contains(value)) {
            problem(node.location(), ErrorCode.INVALID_VALUE, what + " \"" + value + "\" is not one of "
                    + String.join(", ", allowed) + Suggestions.didYouMean(value, allowed));
            return null;
        }
        return value;
    }

    Expr expr(YamlNode node, String what, int maxLength) {
        String text = scalar(node, what);
        if (text == null) {
            return null;
        }
        try {
            Expr expr = expressions.compile(text, node.location(), variables);
            if (expr.isConstant() && maxLength > 0) {
                int length = text.codePointCount(0, text.length());
                if (length > maxLength) {
                    problem(node.location(), ErrorCode.LIMIT_EXCEEDED,
                            what + " is " + length + " characters, the limit is " + maxLength);
                }
            }
            return expr;
        } catch (InvalidExpressionException e) {
            problem(node.location(), e.code(), e.getMessage());
            return null;
        }
    }

    /** An integer leaf: a YAML integer, or an expression whose value is an integer (JSON number or digits). */
    Part<Long> integer(YamlNode.Mapping map, String key, String owner) {
        YamlNode node = require(map, key, owner);
        if (node == null) {
            return Part.absent();
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.INTEGER) {
            long value = Long.parseLong(scalar.value().replace("_", ""));
            return scope -> value;
        }
        Expr expr = expr(node, key, 0);
        if (expr == null) {
            return Part.absent();
        }
        if (expr.isConstant()) {
            problem(node.location(), ErrorCode.WRONG_TYPE, key + " must be an integer, not \"" + expr.source() + "\"");
            return Part.absent();
        }
        return scope -> Values.integer(expr, scope, key);
    }

    /** An optional boolean leaf: a YAML boolean or an expression giving true/false. */
    Part<Boolean> bool(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return Part.absent();
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            Boolean value = Boolean.valueOf(scalar.value().toLowerCase());
            return scope -> value;
        }
        Expr expr = expr(node, key, 0);
        if (expr == null) {
            return Part.absent();
        }
        if (expr.isConstant()) {
            problem(node.location(), ErrorCode.WRONG_TYPE,
                    key + " must be true or false, not \"" + expr.source() + "\"");
            return Part.absent();
        }
        return scope -> Values.bool(expr, scope, key);
    }

    /** A number that travels as a string (latitude, longitude): YAML numbers keep their written text. */
    Part<String> numberText(YamlNode.Mapping map, String key, String owner) {
        YamlNode node = require(map, key, owner);
        if (node == null) {
            return Part.absent();
        }
        if (node instanceof YamlNode.Scalar scalar
                && (scalar.type() == YamlNode.ScalarType.INTEGER || scalar.type() == YamlNode.ScalarType.DECIMAL)) {
            String text = scalar.value();
            return scope -> text;
        }
        return string(node, key, 0);
    }

    /** A map of string expressions (flow_action_data, unique_args), in written order. */
    Part<Map<String, String>> stringMap(YamlNode node, String what) {
        YamlNode.Mapping map = map(node, what);
        if (map == null) {
            return Part.absent();
        }
        Map<String, Part<String>> parts = new LinkedHashMap<>();
        for (YamlNode.Entry entry : map.entries().values()) {
            parts.put(entry.key(), string(entry.value(), what + "." + entry.key(), 0));
        }
        return scope -> {
            Map<String, String> values = new LinkedHashMap<>();
            parts.forEach((key, part) -> values.put(key, part.resolve(scope)));
            return values;
        };
    }

    /** A {@code for_each} path. */
    PathExpr forEach(YamlNode node) {
        String text = scalar(node, "for_each");
        if (text == null) {
            return null;
        }
        try {
            return expressions.path(text, node.location(), variables);
        } catch (InvalidExpressionException e) {
            problem(node.location(), e.code(), e.getMessage());
            return null;
        }
    }

    /**
     * A list written as a YAML list, or generated: {@code {for_each: path, <itemKey>: {...}}}. Each element is bound by
     * {@code element} (with {@code it} defined for generated ones).
     */
    <T> ListPart<T> listOrForEach(YamlNode node, String what, String itemKey, int max, ElementBinder<T> element) {
        if (node instanceof YamlNode.Mapping map) {
            YamlNode.Mapping generator = fields(map, what, "for_each", itemKey);
            YamlNode path = require(generator, "for_each", what);
            YamlNode item = require(generator, itemKey, what + " with for_each");
            PathExpr forEach = path == null ? null : forEach(path);
            ItemPart<T> each = item == null ? null : element.bind(forItem(), item);
            if (forEach == null || each == null) {
                return ListPart.written(List.of());
            }
            return ListPart.generated(forEach, each, max, what);
        }
        List<YamlNode> items = list(node, what);
        if (items.size() > max) {
            problem(node.location(), ErrorCode.LIMIT_EXCEEDED,
                    what + " has " + items.size() + " elements, the limit is " + max);
        }
        List<ItemPart<T>> parts = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            parts.add(element.bind(this, item));
        }
        return ListPart.written(parts);
    }

    /** Remembers where the produced object was defined, so limit violations can point at the YAML. */
    static <T> Part<T> at(Location location, Part<T> part) {
        return scope -> scope.origin(part.resolve(scope), location);
    }

    /** Binds one list element with the binder for its variables. */
    @FunctionalInterface
    interface ElementBinder<T> {
        ItemPart<T> bind(Binder binder, YamlNode node);
    }
}
