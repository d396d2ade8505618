package dev.herald.definition;

import java.util.List;
import java.util.Map;

/**
 * A YAML element as written, with the location of its first character. Public because the compiler in another package
 * walks these trees.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Location location();

    /** What the element is, for error messages: "a string", "a list", "a map", ... */
    String describe();

    /** A scalar with the YAML core-schema type its plain form resolves to. */
    record Scalar(Location location, String value, ScalarType type) implements YamlNode {
        @Override
        public String describe() {
            return type.description;
        }
    }

    /** A YAML sequence. */
    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A YAML mapping with string keys in written order; each entry keeps its key's location. */
    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a map";
        }

        public YamlNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }

    /** One key of a mapping: where the key was written, and its value. */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /** The core-schema type of a scalar. */
    enum ScalarType {
        STRING("a string"), INTEGER("a number"), DECIMAL("a number"), BOOLEAN("a boolean"), NULL("empty");

        final String description;

        ScalarType(String description) {
            this.description = description;
        }
    }
}
