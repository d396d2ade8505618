package dev.herald.definition;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into {@link YamlNode}s with SnakeYAML's node API, so every element keeps its line and column.
 * Public because the compiler and the template-mirror reader both use it.
 */
public final class YamlReader {

    /** The outcome of reading one file: its root (absent for an empty file) or the problems that stopped it. */
    public record Result(YamlNode root, List<SyntaxProblem> problems) {
    }

    /** A problem in the YAML itself: broken syntax, a non-string key, a duplicate key. */
    public record SyntaxProblem(Location location, boolean duplicateKey, String message) {
    }

    /** Tags plain scalars; immutable once built, so one serves every file and thread. */
    private static final Resolver RESOLVER = new Resolver();

    private final String displayPath;
    private final List<SyntaxProblem> problems = new ArrayList<>();

    private YamlReader(String displayPath) {
        this.displayPath = displayPath;
    }

    /** Reads {@code file}, naming it {@code displayPath} in every location. */
    public static Result read(Path file, String displayPath) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), displayPath);
    }

    /** Parses YAML text, naming it {@code displayPath} in every location. */
    public static Result parse(String text, String displayPath) {
        YamlReader reader = new YamlReader(displayPath);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by convert() with both locations
        options.setMaxAliasesForCollections(50);
        try {
            // What Yaml.compose does, without building a Yaml (constructor, representer, resolver) per file.
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER,
                    options).getSingleNode();
            YamlNode converted = root == null ? null : reader.convert(root);
            return new Result(converted, List.copyOf(reader.problems));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null) {
                problem = e.getContext() + ": " + problem;
            }
            return new Result(null, List.of(new SyntaxProblem(reader.at(mark), false, oneLine(problem))));
        } catch (YAMLException e) {
            return new Result(null,
                    List.of(new SyntaxProblem(Location.ofFile(displayPath), false, oneLine(e.getMessage()))));
        }
    }

    private YamlNode convert(Node node) {
        Location location = at(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return new YamlNode.Scalar(location, scalar.getValue(), typeOf(scalar));
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            return new YamlNode.Sequence(location, items);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Location keyLocation = at(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode key) || typeOf(key) == YamlNode.ScalarType.NULL) {
                problems.add(
                        new SyntaxProblem(keyLocation, false, "a key must be a plain name, not " + describe(keyNode)));
                continue;
            }
            YamlNode.Entry previous = entries.get(key.getValue());
            if (previous != null) {
                problems.add(new SyntaxProblem(keyLocation, true,
                        "key \"" + key.getValue() + "\" is already set at line " + previous.keyLocation().line()));
                continue;
            }
            entries.put(key.getValue(), new YamlNode.Entry(key.getValue(), keyLocation, convert(tuple.getValueNode())));
        }
        return new YamlNode.Mapping(location, entries);
    }

    private static YamlNode.ScalarType typeOf(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            return YamlNode.ScalarType.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return YamlNode.ScalarType.DECIMAL;
        }
        if (Tag.BOOL.equals(tag)) {
            return YamlNode.ScalarType.BOOLEAN;
        }
        if (Tag.NULL.equals(tag)) {
            return YamlNode.ScalarType.NULL;
        }
        return YamlNode.ScalarType.STRING;
    }

    private static String describe(Node node) {
        return node instanceof SequenceNode ? "a list" : node instanceof MappingNode ? "a map" : "empty";
    }

    private Location at(Mark mark) {
        return mark == null ? Location.ofFile(displayPath)
                : new Location(displayPath, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String message) {
        return message == null ? "invalid YAML" : message.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
