package dev.herald.expr;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

import dev.herald.compile.ErrorCode;
import dev.herald.definition.Location;
import dev.herald.definition.Suggestions;

/**
 * Compiles definition strings into {@link Expr}s and {@link Condition}s with one Qute engine whose includes come from
 * the templates directory. Public because the compiler uses it; one instance per compilation.
 */
public final class Expressions {

    /** Variables every expression may use. */
    public static final Set<String> ROOT_VARIABLES = Set.of("event", "trigger", "lang");
    /** Variables inside a {@code for_each} item. */
    public static final Set<String> ITEM_VARIABLES = Set.of("event", "trigger", "lang", "it");

    private static final Pattern INCLUDE = Pattern.compile("\\{#include\\s+([^\\s}/]+)");
    private static final Pattern SCOPING_SECTION = Pattern.compile("\\{#(each|for|let|with|set)\\b");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");
    /**
     * A leaf that is exactly one plain path over a known root, e.g. {@code {event.order.items.0.image_url}}: compiled
     * without Qute, to the same {@link PathExpr} Qute's parse would give (most leaves look like this).
     */
    private static final Pattern PLAIN_PATH = Pattern.compile("\\{((?:event|trigger|lang|it)(?:\\.[A-Za-z0-9_]+)*)}");

    private final Path templatesDir;
    private final Engine engine;

    public Expressions(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.engine = Engine.builder().addDefaults().addValueResolver(new JsonValueResolver())
                .addLocator(new IncludeLocator(templatesDir)).strictRendering(true).removeStandaloneLines(true).build();
    }

    /** Compiles a string leaf. */
    public Expr compile(String source, Location location, Set<String> variables) throws InvalidExpressionException {
        if (source.indexOf('{') < 0) {
            return new Expr.Literal(source, location);
        }
        Matcher plain = PLAIN_PATH.matcher(source);
        if (plain.matches()) {
            List<String> parts = List.of(plain.group(1).split("\\."));
            checkRoot(parts.get(0), variables);
            return new PathExpr(source, location, parts);
        }
        return compileWithQute(source, location, variables);
    }

    /** {@link #compile} without the plain-path shortcut (package-private: a test compares both). */
    Expr compileWithQute(String source, Location location, Set<String> variables) throws InvalidExpressionException {
        checkIncludes(source);
        Template template = parse(source, location);
        checkVariables(source, template, variables);
        List<Expression> expressions = template.getExpressions();
        if (expressions.isEmpty() && !source.contains("{#")) {
            return new Expr.Literal(template.render(), location);
        }
        if (expressions.size() == 1 && isWholeSource(source, expressions.get(0)) && isPlainPath(expressions.get(0))) {
            List<String> parts = new ArrayList<>();
            expressions.get(0).getParts().forEach(part -> parts.add(part.getName()));
            return new PathExpr(source, location, parts);
        }
        return new QuteExpr(source, location, template);
    }

    /** Compiles a {@code when} condition written without braces. */
    public Condition condition(String source, Location location, Set<String> variables)
            throws InvalidExpressionException {
        if (source.isBlank()) {
            throw new InvalidExpressionException(ErrorCode.EXPRESSION_SYNTAX, "the condition is empty");
        }
        if (source.contains("{") || source.contains("}")) {
            throw new InvalidExpressionException(ErrorCode.EXPRESSION_SYNTAX,
                    "write the condition without braces, e.g. event.order.total > 0");
        }
        String wrapped = "{#if " + source + "}1{/if}";
        Template template = parse(wrapped, location);
        checkVariables(wrapped, template, variables);
        return new Condition(source, location, template);
    }

    /** Compiles the path of a {@code for_each}, written without braces, e.g. {@code event.recommendations}. */
    public PathExpr path(String source, Location location, Set<String> variables) throws InvalidExpressionException {
        String trimmed = source.trim();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
        }
        if (!PATH.matcher(trimmed).matches()) {
            throw new InvalidExpressionException(ErrorCode.EXPRESSION_SYNTAX,
                    "for_each takes a path to a list in the event, e.g. event.items, not \"" + source + "\"");
        }
        List<String> parts = List.of(trimmed.split("\\."));
        checkRoot(parts.get(0), variables);
        return new PathExpr("{" + trimmed + "}", location, parts);
    }

    private Template parse(String source, Location location) throws InvalidExpressionException {
        try {
            return engine.parse(source, null, location.toString());
        } catch (TemplateException e) {
            String message = String.valueOf(e.getMessage());
            int detail = message.indexOf("]: ");
            String reason = detail >= 0 && message.startsWith("Parser error") ? message.substring(detail + 3) : message;
            int newline = reason.indexOf('\n');
            throw new InvalidExpressionException(ErrorCode.EXPRESSION_SYNTAX, "invalid expression \"" + source + "\": "
                    + (newline < 0 ? reason : reason.substring(0, newline)).trim());
        }
    }

    private void checkIncludes(String source) throws InvalidExpressionException {
        Matcher matcher = INCLUDE.matcher(source);
        while (matcher.find()) {
            String id = matcher.group(1);
            if (IncludeLocator.resolve(templatesDir, id).isEmpty()) {
                throw new InvalidExpressionException(ErrorCode.INCLUDE_NOT_FOUND,
                        "{#include " + id + "} names no file in " + templatesDir);
            }
        }
    }

    private static void checkVariables(String source, Template template, Set<String> variables)
            throws InvalidExpressionException {
        if (SCOPING_SECTION.matcher(source).find()) {
            return; // sections that bind their own names: leave name checks to rendering
        }
        for (Expression expression : template.getExpressions()) {
            if (!expression.hasNamespace() && !expression.isLiteral() && !expression.getParts().isEmpty()) {
                checkRoot(expression.getParts().get(0).getName(), variables);
            }
        }
    }

    private static void checkRoot(String root, Set<String> variables) throws InvalidExpressionException {
        if (!variables.contains(root)) {
            String hint = "it".equals(root) ? " (\"it\" exists only inside a for_each item)"
                    : Suggestions.didYouMean(root, variables);
            throw new InvalidExpressionException(ErrorCode.UNKNOWN_VARIABLE, "\"" + root + "\" is not defined" + hint
                    + "; expressions can use " + String.join(", ", variables.stream().sorted().toList()));
        }
    }

    private static boolean isWholeSource(String source, Expression expression) {
        String trimmed = source.trim();
        return trimmed.equals(source) && trimmed.startsWith("{") && trimmed.endsWith("}")
                && trimmed.substring(1, trimmed.length() - 1).trim().equals(expression.toOriginalString());
    }

    private static boolean isPlainPath(Expression expression) {
        if (expression.hasNamespace() || expression.isLiteral()) {
            return false;
        }
        for (Expression.Part part : expression.getParts()) {
            if (part.isVirtualMethod()) {
                return false;
            }
        }
        return ITEM_VARIABLES.contains(expression.getParts().get(0).getName());
    }

    /** Finds includable files (anything but *.yaml mirrors) in the templates directory. */
    static final class IncludeLocator implements TemplateLocator {

        private final Path root;

        IncludeLocator(Path root) {
            this.root = root;
        }

        static Optional<Path> resolve(Path root, String id) {
            Path file = root.resolve(id).normalize();
            if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file) || id.endsWith(".yaml")) {
                return Optional.empty();
            }
            return Optional.of(file);
        }

        @Override
        public Optional<TemplateLocation> locate(String id) {
            return resolve(root, id).map(file -> new TemplateLocation() {
                @Override
                public Reader read() {
                    try {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        // editors end files with a newline; it is not part of the message text
                        return new java.io.StringReader(
                                text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.empty();
                }
            });
        }
    }
}
