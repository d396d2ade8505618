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
    private List<String> notes;
    private java.util.IdentityHashMap<Object, Location> origins;

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

    /** The plain value of an event element (for {@code it}). */
    public static Object plain(JsonNode node) {
        return JsonValues.unwrap(node);
    }

    /** The same scope with {@code lang} set to the resolved language. */
    public Scope withLang(String language) {
        return share(new Scope(event, trigger, language, it, trace));
    }

    /** The same scope with {@code it} bound to the current element of a {@code for_each}. */
    public Scope withIt(Object element) {
        return share(new Scope(event, trigger, lang, element, trace));
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

    private Scope share(Scope child) {
        if (notes == null) {
            notes = new ArrayList<>(0);
        }
        child.notes = notes;
        child.origins = origins;
        return child;
    }

    /** Keeps a remark for the preview, e.g. that a generated list was cut. */
    public void note(String note) {
        if (notes == null) {
            notes = new ArrayList<>(1);
        }
        notes.add(note);
    }

    /** Remarks made while resolving. */
    public List<String> notes() {
        return notes == null ? List.of() : List.copyOf(notes);
    }

    /** Starts remembering where each produced object was defined (used to explain limit violations). */
    public Scope trackingOrigins() {
        origins = new java.util.IdentityHashMap<>();
        return this;
    }

    /** Remembers that {@code produced} comes from the definition at {@code location}, when tracking. */
    public <T> T origin(T produced, Location location) {
        if (origins != null && produced != null) {
            origins.put(produced, location);
        }
        return produced;
    }

    /** Where {@code produced} was defined, or {@code null}. */
    public Location originOf(Object produced) {
        return origins == null ? null : origins.get(produced);
    }

    /** The evaluations recorded so far (empty unless tracing). */
    public List<Evaluation> trace() {
        return trace == null ? List.of() : List.copyOf(trace);
    }
}
