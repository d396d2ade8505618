package dev.herald.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path of a text with plain paths in it, e.g. {@code Pick a slot for order {event.order.id}.}: the texts
 * between the paths kept as written, each path walked through the event by {@link PathExpr#walk}. It renders only when
 * every path reaches a string, which Qute would write out unchanged; for anything else (a number, a missing value) it
 * answers {@code null} and the caller renders with Qute, so the result and every error stay Qute's. Public only because
 * {@link QuteExpr} holds it.
 */
public final class Interpolation {

    /** Text without Qute syntax, then a plain path in braces; repeated, then text again. */
    private static final Pattern PIECE = Pattern
            .compile("([^{}\\\\\\r]*)\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)}");
    private static final Pattern TAIL = Pattern.compile("[^{}\\\\\\r]*");

    private final String[] texts;
    private final List<List<String>> paths;

    private Interpolation(String[] texts, List<List<String>> paths) {
        this.texts = texts;
        this.paths = paths;
    }

    /** The interpolation of {@code source}, or null when it has any other Qute syntax or a path of another root. */
    static Interpolation of(String source) {
        Matcher piece = PIECE.matcher(source);
        List<String> texts = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        int end = 0;
        while (piece.find() && piece.start() == end) {
            List<String> path = List.of(piece.group(2).split("\\."));
            if (!Expressions.ITEM_VARIABLES.contains(path.get(0))) {
                return null;
            }
            texts.add(piece.group(1));
            paths.add(path);
            end = piece.end();
        }
        if (paths.isEmpty() || !TAIL.matcher(source).region(end, source.length()).matches()) {
            return null;
        }
        texts.add(source.substring(end));
        return new Interpolation(texts.toArray(String[]::new), List.copyOf(paths));
    }

    /** The rendered text, or null when a path does not reach a string (Qute then renders it). */
    String render(Scope scope) {
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < paths.size(); i++) {
            if (!(PathExpr.walk(scope, paths.get(i)) instanceof String value)) {
                return null;
            }
            out.append(texts[i]).append(value);
        }
        return out.append(texts[paths.size()]).toString();
    }
}
