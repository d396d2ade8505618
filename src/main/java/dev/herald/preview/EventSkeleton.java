package dev.herald.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A starting event for the preview page, built from the paths a trigger's notifications read: every {@code event.a.b}
 * written in their YAML (and in the {@code templates/} files they include) becomes {@code {"a": {"b": ""}}}; a numeric
 * step makes a list; a {@code for_each} list gets one element with the {@code it.x} fields. Works in any deployment: it
 * needs the definitions only, no example files. Plain Java.
 */
final class EventSkeleton {

    private static final Pattern PATH = Pattern.compile("\\b(event|it)((?:\\.[A-Za-z_][A-Za-z0-9_-]*|\\.\\d+)+)");
    private static final Pattern FOR_EACH = Pattern.compile("for_each:\\s*[\"']?event((?:\\.[A-Za-z0-9_-]+)+)");
    private static final Pattern INCLUDE = Pattern.compile("\\{#include\\s+([^\\s}]+?)\\s*/?}");

    private EventSkeleton() {
    }

    /**
     * @param sources
     *            where each notification of the trigger is defined, {@code file:line} as in {@code GET /definitions}
     * @param templates
     *            the templates folder, for {@code {#include}}d files
     */
    static String of(List<String> sources, Path templates, ObjectMapper mapper) {
        ObjectNode event = mapper.createObjectNode();
        for (String source : sources) {
            int colon = source.lastIndexOf(':');
            String text = definitionText(Path.of(source.substring(0, colon)),
                    Integer.parseInt(source.substring(colon + 1)), templates);
            add(event, text);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(event);
        } catch (IOException e) {
            return "{}";
        }
    }

    /** The YAML of one notification (from its line to the next list item at its indentation), comments removed. */
    static String definitionText(Path file, int line, Path templates) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int start = Math.max(0, line - 1);
        int indent = start < lines.size() ? indentOf(lines.get(start)) : 0;
        for (int i = start; i < lines.size(); i++) {
            String current = lines.get(i);
            String trimmed = current.trim();
            if (i > start && !trimmed.isEmpty() && !trimmed.startsWith("#") && indentOf(current) <= indent
                    && (trimmed.startsWith("- ") || indentOf(current) < indent)) {
                break;
            }
            if (!trimmed.startsWith("#")) {
                out.append(current.replaceAll("\\s#\\s.*$", "")).append('\n');
            }
        }
        Matcher include = INCLUDE.matcher(out.toString());
        StringBuilder included = new StringBuilder();
        while (include.find()) {
            try {
                included.append(Files.readString(templates.resolve(include.group(1)))).append('\n');
            } catch (IOException | RuntimeException e) {
                // a missing include is a compile problem, reported elsewhere
            }
        }
        return out.append(included).toString();
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '-')) {
            n++;
        }
        return n;
    }

    static void add(ObjectNode event, String text) {
        Set<String> lists = new LinkedHashSet<>();
        Matcher forEach = FOR_EACH.matcher(text);
        while (forEach.find()) {
            lists.add(forEach.group(1).substring(1));
        }
        List<String> itemPaths = new ArrayList<>();
        Matcher path = PATH.matcher(text);
        while (path.find()) {
            String steps = path.group(2).substring(1);
            if ("it".equals(path.group(1))) {
                itemPaths.add(steps);
            } else if (!lists.contains(steps)) {
                put(event, steps.split("\\."), 0, false);
            }
        }
        for (String list : lists) {
            JsonNode element = put(event, (list + ".0").split("\\."), 0, true);
            if (element instanceof ObjectNode item) {
                itemPaths.forEach(p -> put(item, p.split("\\."), 0, false));
            }
        }
    }

    /** Puts {@code ""} (or an empty object for {@code container}) at the path unless something is there already. */
    private static JsonNode put(JsonNode node, String[] steps, int at, boolean container) {
        String step = steps[at];
        boolean last = at == steps.length - 1;
        boolean nextIsIndex = !last && steps[at + 1].matches("\\d+");
        JsonNode existing;
        if (node instanceof ArrayNode array) {
            int index = Math.min(Integer.parseInt(step), 10);
            while (array.size() <= index) {
                array.addObject();
            }
            existing = array.get(index);
            if (last) {
                return existing;
            }
            if (nextIsIndex && !(existing instanceof ArrayNode)) {
                array.set(index, array.arrayNode());
                existing = array.get(index);
            }
            return put(existing, steps, at + 1, container);
        }
        if (!(node instanceof ObjectNode object)) {
            return node; // a value already: keep it
        }
        existing = object.get(step);
        if (last) {
            if (existing == null) {
                return container ? object.putObject(step) : object.put(step, "").get(step);
            }
            return existing;
        }
        if (existing == null || existing.isValueNode()) {
            existing = nextIsIndex ? object.putArray(step) : object.putObject(step);
        }
        return put(existing, steps, at + 1, container);
    }
}
