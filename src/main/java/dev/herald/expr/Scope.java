package dev.herald.expr;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.definition.Location;

/**
 * What expressions of one notification see while one event is resolved: {@code event}, {@code trigger}, {@code lang}
 * and, inside {@code for_each}, {@code it}. Optionally records every evaluated expression for previews.
 */
public final class Scope {

    /** One evaluated expression, kept when tracing (preview). */
    public record Evaluation(String expression, Location location, Object value) {
    }

    private final JsonNode event;
    private final String trigger;
    private final String lang;
    private final Object it;
    private final List<Evaluation> trace;

    private Scope(JsonNode event, String trigger, String lang, Object it, List<Evaluation> trace) {
        this.event = event;
        this.trigger = trigger;
        this.lang = lang;
        this.it = it;
        this.trace = trace;
    }

    /** A scope over one event; {@code tracing} keeps every evaluation for previews. */
    public static Scope of(JsonNode event, String trigger, boolean tracing) {
        return new Scope(event, trigger, null, null, tracing ? new ArrayList<>() : null);
    }

    /** The same scope with {@code lang} set to the resolved language. */
    public Scope withLang(String language) {
        return new Scope(event, trigger, language, it, trace);
    }

    /** The same scope with {@code it} bound to the current element of a {@code for_each}. */
    public Scope withIt(Object element) {
        return new Scope(event, trigger, lang, element, trace);
    }

    /** Root variable by name, or {@code null} when it is not set. */
    Object variable(String name) {
        return switch (name) {
        case "event" -> event;
        case "trigger" -> trigger;
        case "lang" -> lang;
        case "it" -> it;
        default -> null;
        };
    }

    void record(String expression, Location location, Object value) {
        if (trace != null) {
            trace.add(new Evaluation(expression, location, value));
        }
    }

    /** The evaluations recorded so far (empty unless tracing). */
    public List<Evaluation> trace() {
        return trace == null ? List.of() : List.copyOf(trace);
    }
}
