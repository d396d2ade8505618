package dev.herald.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.herald.definition.Location;
import dev.herald.definition.YamlNode;
import dev.herald.definition.YamlReader;
import dev.herald.expr.Expressions;

/**
 * Compiles {@code rules/} and {@code templates/} in named phases: read files, parse YAML, bind mirrors, bind
 * notifications, cross-check, build. Collects every problem and fails once. Public: the engine's compile entry.
 */
public final class DefinitionCompiler {

    private final Path rulesDir;
    private final Path templatesDir;
    private final Problems problems = new Problems();

    private DefinitionCompiler(Path rulesDir, Path templatesDir) {
        this.rulesDir = rulesDir;
        this.templatesDir = templatesDir;
    }

    /**
     * Compiles everything, or throws {@link DefinitionsException} with every problem of every file.
     */
    public static Definitions compile(Path rulesDir, Path templatesDir) {
        return new DefinitionCompiler(rulesDir, templatesDir).run();
    }

    private Definitions run() {
        List<Path> ruleFiles = yamlFiles(rulesDir, "rules", true);
        List<Path> mirrorFiles = yamlFiles(templatesDir, "templates", false);
        Map<Path, YamlNode> ruleTrees = parse(ruleFiles);
        Map<Path, YamlNode> mirrorTrees = parse(mirrorFiles);
        Expressions expressions = new Expressions(templatesDir);
        Binder binder = new Binder(problems, expressions);
        Map<String, Mirror> mirrors = bindMirrors(binder, mirrorTrees);
        List<Notification> notifications = bindNotifications(binder, expressions, mirrors, ruleTrees);
        Map<String, List<Notification>> byTrigger = crossCheck(notifications);
        problems.throwIfAny();
        return new Definitions(notifications, byTrigger, mirrors);
    }

    private List<Path> yamlFiles(Path dir, String what, boolean required) {
        if (!Files.isDirectory(dir)) {
            if (required || Files.exists(dir)) {
                problems.add(Location.ofFile(display(dir)), ErrorCode.NO_SUCH_DIRECTORY,
                        what + " directory " + dir + " does not exist; set herald." + what + "-dir");
            }
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Path, YamlNode> parse(List<Path> files) {
        Map<Path, YamlNode> trees = new LinkedHashMap<>();
        for (Path file : files) {
            String display = display(file);
            YamlReader.Result result;
            try {
                result = YamlReader.read(file, display);
            } catch (IOException e) {
                problems.add(Location.ofFile(display), ErrorCode.YAML_SYNTAX,
                        "cannot read the file: " + e.getMessage());
                continue;
            }
            for (YamlReader.SyntaxProblem problem : result.problems()) {
                problems.add(problem.location(),
                        problem.duplicateKey() ? ErrorCode.DUPLICATE_KEY : ErrorCode.YAML_SYNTAX, problem.message());
            }
            if (result.root() != null) {
                trees.put(file, result.root());
            }
        }
        return trees;
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private Map<String, Mirror> bindMirrors(Binder binder, Map<Path, YamlNode> trees) {
        Map<String, Mirror> mirrors = new LinkedHashMap<>();
        MirrorReader reader = new MirrorReader(binder);
        for (YamlNode tree : trees.values()) {
            Mirror mirror = reader.read(tree);
            if (mirror == null) {
                continue;
            }
            Mirror previous = mirrors.putIfAbsent(mirror.name(), mirror);
            if (previous != null) {
                problems.add(mirror.location(), ErrorCode.DUPLICATE_NAME, "template mirror \"" + mirror.name()
                        + "\" is already defined at " + previous.location().fileLine());
            }
        }
        return mirrors;
    }

    private List<Notification> bindNotifications(Binder binder, Expressions expressions, Map<String, Mirror> mirrors,
            Map<Path, YamlNode> trees) {
        NotificationBinder notificationBinder = new NotificationBinder(binder, expressions, mirrors);
        List<Notification> notifications = new ArrayList<>();
        for (YamlNode tree : trees.values()) {
            YamlNode.Mapping file = binder.fields(tree, "a rules file", "notifications");
            if (file == null) {
                continue;
            }
            YamlNode list = binder.require(file, "notifications", "a rules file");
            if (list == null) {
                continue;
            }
            for (YamlNode item : binder.list(list, "notifications")) {
                Notification notification = notificationBinder.bind(item);
                if (notification != null) {
                    notifications.add(notification);
                }
            }
        }
        return notifications;
    }

    private Map<String, List<Notification>> crossCheck(List<Notification> notifications) {
        Map<String, Notification> byName = new LinkedHashMap<>();
        Map<String, List<Notification>> byTrigger = new LinkedHashMap<>();
        for (Notification notification : notifications) {
            Notification previous = byName.putIfAbsent(notification.name(), notification);
            if (previous != null) {
                problems.add(notification.location(), ErrorCode.DUPLICATE_NAME, "notification \"" + notification.name()
                        + "\" is already defined at " + previous.location().fileLine());
            }
            byTrigger.computeIfAbsent(notification.trigger(), t -> new ArrayList<>()).add(notification);
        }
        byTrigger.replaceAll((trigger, list) -> List.copyOf(list));
        return byTrigger;
    }
}
